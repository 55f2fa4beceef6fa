package nl.helder.server.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.BrowserPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The widget in a real headless Chromium, as a customer uses it: by keyboard, reading the banner, following sources. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "helder.data-dir=target/it-data/${random.uuid}")
class WidgetBrowserIT {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 800);

    @Test
    void theCustomerSeesTheDisclosureAsksAQuestionAndGetsAnAnswerWithItsSource(Page page) {
        page.navigate("http://localhost:" + port + "/");

        // Visible from the first moment, before the customer types anything.
        assertThat(page.getByTestId("disclosure-banner")).hasText("Je chat nu met onze AI-assistent");
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).containsText("Je chat nu met onze AI-assistent.");

        Locator input = page.getByLabel("Je bericht");
        input.fill("Hoe lang heb ik om iets terug te sturen?");
        input.press("Enter");

        Locator answer = page.locator("li[data-kind=ANSWER]");
        assertThat(answer).containsText("30 dagen");
        Locator source = answer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Retourneren"));
        assertThat(source).hasAttribute("href", "https://www.vlinderwonen.example/klantenservice/retourneren");
        assertThat(page.getByTestId("disclosure-banner")).isVisible();

        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/widget-nl.png")));
    }

    @Test
    void messagesAreRenderedAsTextNeverAsHtml(Page page) {
        page.navigate("http://localhost:" + port + "/en.html");
        assertThat(page.getByTestId("disclosure-banner")).hasText("You are chatting with our AI assistant");

        String attack = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b>";
        page.getByLabel("Your message").fill(attack);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();

        Locator mine = page.locator("li[data-kind=TEXT]");
        assertThat(mine).containsText(attack);
        assertThat(page.locator("li[data-kind=TEXT] img")).hasCount(0);
        assertThat(page.locator("li[data-kind=TEXT] b")).hasCount(0);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
    }

    @Test
    void aMessageSentBeforeTheConversationHasStartedIsNotLost(Page page) {
        // Hold back the creation of the conversation until the customer has pressed Send,
        // so the customer is faster than the network.
        AtomicReference<Route> heldBack = new AtomicReference<>();
        page.route("**/api/v1/conversations", heldBack::set);
        page.navigate("http://localhost:" + port + "/en.html");
        assertThat(page.getByTestId("disclosure-banner")).hasText("You are chatting with our AI assistant");
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(0);

        page.getByLabel("Your message").fill("How many days do I have to return something?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        page.waitForCondition(() -> heldBack.get() != null);
        heldBack.get().resume();

        assertThat(page.locator("li[data-kind=TEXT]")).containsText("How many days do I have to return something?");
        assertThat(page.locator("li[data-kind=ANSWER]")).containsText("30 days");
    }

    @Test
    void theChatIsKeyboardAndScreenReaderFriendly(Page page) {
        page.navigate("http://localhost:" + port + "/en.html");

        Locator log = page.getByRole(AriaRole.LOG);
        assertThat(log).hasAttribute("aria-live", "polite");
        assertThat(page.getByRole(AriaRole.NOTE)).hasText("You are chatting with our AI assistant");
        Locator launcher = page.locator("button.launcher");
        assertThat(launcher).hasAttribute("aria-expanded", "true");

        page.getByLabel("Your message").press("Escape");
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        assertThat(launcher).isFocused();
        assertThat(launcher).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.DIALOG)).isVisible();

        page.getByLabel("Your message").fill("What is the weather in Paris tomorrow?");
        page.keyboard().press("Enter");
        assertThat(page.locator("li[data-kind=NO_ANSWER]")).containsText("person");
        assertThat(page.locator("li[data-kind=NO_ANSWER] a")).hasCount(0);
    }

    @Test
    void aPersonIsAlwaysReachableWithTheButtonAndNobodyOnlineMeansLeavingAMessage(Page page) {
        page.navigate("http://localhost:" + port + "/");

        Locator human = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Praat met een medewerker"));
        assertThat(human).isVisible();
        human.click();

        assertThat(page.locator("li[data-kind=HANDOFF]")).containsText("Er is op dit moment geen medewerker beschikbaar.");
        page.getByLabel("Je e-mailadres of telefoonnummer").fill("sanne@example.nl");
        page.getByLabel("Je vraag voor een medewerker").fill("Mijn bank is beschadigd geleverd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bericht achterlaten")).click();

        assertThat(page.locator("li[data-kind=NOTICE]").last()).containsText("Je referentienummer is HLD-");
        assertThat(page.getByLabel("Je e-mailadres of telefoonnummer")).isHidden();
        assertThat(human).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/widget-handoff.png")));
    }
}

package nl.helder.server.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.BrowserPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe cannot see: news while the chat is closed (WCAG 4.1.3), distinct names for the controls (2.4.6), and
 * non-text contrast of field borders and the focus ring (1.4.11), measured on the computed styles.
 */
class WidgetSemanticsBrowserIT extends AccessibleApplicationIT {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 800);

    @Test
    void aPersonJoiningAndReplyingWhileTheChatIsClosedIsShownAndAnnounced(Page page) {
        String sanne = agent("sanne-news", "Sanne");
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(page.locator("li[data-kind=HANDOFF]")).hasCount(1);
        Locator launcher = page.locator("button.launcher");
        Locator badge = launcher.locator(".badge");

        // A page load restores the conversation with its ticket form: the focus stays with the page, and what was
        // already read is not news.
        page.reload();
        assertThat(page.locator("li[data-kind=HANDOFF]")).hasCount(1);
        assertThat(page.getByLabel("Je e-mailadres of telefoonnummer")).isVisible();
        assertThat(page.evaluate("() => document.activeElement === document.body")).isEqualTo(true);
        assertThat(badge).isHidden();

        page.getByLabel("Je bericht").press("Escape");
        Locator announcer = page.getByTestId("announcer");
        assertThat(badge).isHidden();
        assertThat(launcher).hasAccessibleName("Chat openen");

        String conversation = conversationIdIn(page);
        claimAndReply(sanne, conversation, "Ben je er nog?");
        assertThat(badge).isVisible();
        assertThat(badge).hasText("2");
        assertThat(launcher).hasAccessibleName("Chat openen (2 nieuwe berichten)");
        assertThat(announcer).hasAttribute("aria-live", "polite");
        assertThat(announcer).hasText("Nieuw bericht. Sanne, medewerker: Ben je er nog?");

        launcher.click();
        assertThat(page.locator("li[data-kind=AGENT]")).containsText("Ben je er nog?");
        assertThat(badge).isHidden();
        assertThat(launcher).hasAccessibleName("Chat sluiten");
    }

    /**
     * "Praat met een medewerker" pressed while the assistant is still answering (the answer may already be on
     * screen from the live stream) is carried out when the turn ends, not dropped: the ticket form opens with the
     * focus in it; likewise "Bericht achterlaten". The turn's response is held back by the test until the button has
     * been pressed.
     */
    @Test
    void aPersonAskedForWhileTheAssistantAnswersIsAskedForAfterwards(Page page) {
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(Pattern.compile(".*/conversations/[^/]+/messages$"), route -> {
            if ("POST".equals(route.request().method())) { held.add(route); } else { route.resume(); }
        });
        page.navigate(url("/"));
        Locator input = page.getByLabel("Je bericht");
        input.fill("Hoe lang heb ik om iets terug te sturen?");
        input.press("Enter");
        assertThat(page.locator(".status")).hasText("De assistent zoekt het op…");
        page.waitForCondition(() -> held.size() == 1);

        page.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(page.locator("li[data-kind=HANDOFF]")).hasCount(0);
        held.get(0).resume();

        assertThat(page.locator("li[data-kind=ANSWER]")).containsText("30 dagen");
        assertThat(page.locator("li[data-kind=HANDOFF]")).hasCount(1);
        assertThat(page.getByLabel("Je e-mailadres of telefoonnummer")).isFocused();

        // The same for the ticket form: "Bericht achterlaten" pressed while another message is on its way.
        page.getByLabel("Je e-mailadres of telefoonnummer").fill("sanne@example.nl");
        page.getByLabel("Je vraag voor een medewerker").fill("Bel me terug over mijn retour");
        input.fill("En kan ik ook ruilen?");
        input.press("Enter");
        page.waitForCondition(() -> held.size() == 2);
        page.getByRole(AriaRole.BUTTON, named("Bericht achterlaten")).click();
        Locator reference = page.locator("li[data-kind=NOTICE]").filter(new Locator.FilterOptions().setHasText("Je referentienummer is HLD-"));
        assertThat(reference).hasCount(0);
        held.get(1).resume();
        assertThat(reference).hasCount(1);
    }

    @Test
    void everyControlHasItsOwnName(Page page) {
        page.navigate(url("/en.html"));
        page.getByRole(AriaRole.BUTTON, named("Talk to a person")).click();
        assertThat(page.getByLabel("Your e-mail address or phone number")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) page.evaluate("""
                () => [...document.getElementById('helder-widget').shadowRoot.querySelectorAll('button, input, textarea, a, [tabindex]')]
                  .filter(el => el.getClientRects().length > 0)
                  .map(el => (el.getAttribute('aria-label') || (el.labels && el.labels.length ? el.labels[0].textContent : el.textContent)).trim())""");
        assertThat(names).doesNotHaveDuplicates().doesNotContain("").contains("Close chat", "Close chat window", "Messages",
                "Your message", "Send", "Talk to a person", "Leave message");
    }

    @Test
    void fieldBordersAndTheFocusRingStandOutAtLeast3To1(Page page) {
        page.navigate(url("/en.html"));
        Locator input = page.getByLabel("Your message");
        input.focus();
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab");
        assertThat(input).isFocused();
        assertThat(input.evaluate("el => el.matches(':focus-visible')")).isEqualTo(true);
        String white = "rgb(255, 255, 255)";
        assertThat(contrast(style(input, "borderTopColor"), white)).as("message box border").isGreaterThanOrEqualTo(3);
        assertThat(style(input, "outlineStyle")).isEqualTo("solid");
        assertThat(Double.parseDouble(style(input, "outlineWidth").replace("px", ""))).isGreaterThanOrEqualTo(2);
        assertThat(contrast(style(input, "outlineColor"), white)).as("focus ring").isGreaterThanOrEqualTo(3);

        // On the blue header the ring's white halo is what stands out.
        Locator close = page.getByRole(AriaRole.BUTTON, named("Close chat window"));
        close.focus();
        String header = (String) page.evaluate("() => getComputedStyle(document.getElementById('helder-widget').shadowRoot"
                + ".querySelector('.header')).backgroundColor");
        assertThat(style(close, "boxShadow")).startsWith(white);
        assertThat(contrast(white, header)).as("halo on the header").isGreaterThanOrEqualTo(3);

        page.getByRole(AriaRole.BUTTON, named("Talk to a person")).click();
        Locator contact = page.getByLabel("Your e-mail address or phone number");
        String form = (String) page.evaluate("() => getComputedStyle(document.getElementById('helder-widget').shadowRoot"
                + ".querySelector('.ticket')).backgroundColor");
        assertThat(contrast(style(contact, "borderTopColor"), form)).as("ticket field border").isGreaterThanOrEqualTo(3);
    }

    private static String style(Locator element, String property) {
        return (String) element.evaluate("(el, property) => getComputedStyle(el)[property]", property);
    }

    /** WCAG contrast ratio of two computed colours. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String color) {
        Matcher rgb = RGB.matcher(color);
        if (!rgb.find()) {
            throw new IllegalArgumentException("not an rgb colour: " + color);
        }
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(rgb.group(i + 1)) / 255.0;
            channel[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }
}

package nl.helder.server.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import nl.helder.server.ApplicationIT;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole hand-off in two real browsers: a customer asks for a person, an agent signs in, sees it in the
 * queue with the reason, claims it and replies, and the customer sees it live; the agent hands back and the
 * AI disclosure returns. With no agent signed in, the customer leaves a message and gets a reference number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=browser-admin",
        "helder.bootstrap-admin.password=browser-admin-password",
        "helder.handoff.opens=00:00", "helder.handoff.closes=00:00",
        "helder.handoff.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY"})
class AgentConsoleBrowserIT extends ApplicationIT {

    private BrowserContext agentContext;
    private BrowserContext customerContext;

    @BeforeEach
    void contexts() {
        agentContext = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        customerContext = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    @AfterEach
    void closeContexts() {
        agentContext.close();
        customerContext.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void createAgent(String username, String displayName) {
        HelderClient.Response created = client.post("/api/v1/admin/users", HelderClient.json(Map.of("username", username,
                "displayName", displayName, "password", "sanne-password-123", "roles", List.of("AGENT"))),
                "Authorization", basic("browser-admin", "browser-admin-password"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** The id of the conversation the widget on {@code customer} keeps in its session storage. */
    private static String conversationIdIn(Page customer) {
        // The widget stores the conversation once the server created it, a moment after the click.
        customer.waitForFunction("() => Object.keys(sessionStorage).some(k => k.startsWith('helder.conversation'))");
        return (String) customer.evaluate("() => JSON.parse(sessionStorage.getItem("
                + "Object.keys(sessionStorage).find(k => k.startsWith('helder.conversation')))).id");
    }

    private Page signedInConsole(String username) {
        Page console = agentContext.newPage();
        console.navigate(base() + "/console/");
        assertThat(console).hasURL(base() + "/login");
        BrowserSupport.signIn(console, username, "sanne-password-123");
        assertThat(console.getByRole(AriaRole.STATUS).first()).hasText("Online: customers can reach you");
        // A new agent has not taken the AI training yet (AI Act Art. 4): every staff page says so.
        assertThat(console.locator("#training-reminder")).containsText("You have not taken the AI training yet.");
        return console;
    }

    @Test
    void aCustomerAsksForAPersonAndAnAgentTakesOverLive() {
        createAgent("sanne", "Sanne");
        Page console = signedInConsole("sanne");

        Page customer = customerContext.newPage();
        customer.navigate(base() + "/");
        customer.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(customer.locator("li[data-kind=HANDOFF]")).containsText("Ik geef je door aan een collega.");

        String conversationId = conversationIdIn(customer);
        Locator waiting = console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Waiting for a person"));
        Locator entry = waiting.locator("button[data-conversation='" + conversationId + "']");
        assertThat(entry).containsText("Asked with the button");
        entry.click();
        console.getByRole(AriaRole.BUTTON, named("Claim")).click();

        assertThat(customer.getByTestId("disclosure-banner")).hasText("Je chat nu met Sanne, medewerker");
        assertThat(customer.locator("li[data-kind=NOTICE]").last()).containsText("Je chat nu met Sanne, medewerker.");
        assertThat(console.locator("#card-explain")).containsText("Ik ben Sanne, medewerker van de klantenservice");

        console.getByLabel("Reply to the customer").fill("Hoi, ik ben Sanne. Waarmee kan ik je helpen?");
        console.getByRole(AriaRole.BUTTON, named("Send reply")).click();
        Locator reply = customer.locator("li[data-kind=AGENT]");
        assertThat(reply).containsText("Hoi, ik ben Sanne. Waarmee kan ik je helpen?");
        assertThat(reply).containsText("Sanne, medewerker");

        customer.getByLabel("Je bericht").fill("Mijn kast is beschadigd, mijn IBAN is NL91ABNA0417164300");
        customer.getByLabel("Je bericht").press("Enter");
        Locator transcript = console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Transcript"));
        assertThat(transcript.locator("li[data-kind=TEXT]").last()).containsText("Mijn kast is beschadigd, mijn IBAN is [IBAN]");
        console.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console.png")));
        customer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/widget-agent.png")));

        // The session cookie alone cannot change anything: a forged request without the CSRF token is refused.
        Object forged = console.evaluate("() => fetch('/api/v1/agent/conversations/' + '00000000-0000-0000-0000-000000000000' + '/claim', "
                + "{method: 'POST', credentials: 'same-origin'}).then(r => r.status)");
        assertThat(forged).isEqualTo(403);
        Cookie session = agentContext.cookies().stream().filter(c -> c.name.equals("HELDER_SESSION")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.secure).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);

        console.getByRole(AriaRole.BUTTON, named("Hand back to the assistant")).click();
        assertThat(customer.getByTestId("disclosure-banner")).hasText("Je chat nu met onze AI-assistent");
        assertThat(customer.locator("li[data-kind=DISCLOSURE]")).hasCount(2);
        assertThat(customer.locator("li[data-kind=DISCLOSURE]").last()).containsText("Je chat nu met onze AI-assistent.");
    }

    @Test
    void whenTheAgentClosesTheConversationTheCustomerCanStartANewOne() {
        createAgent("noor", "Noor");
        Page console = signedInConsole("noor");
        Page customer = customerContext.newPage();
        customer.navigate(base() + "/en.html");
        customer.getByRole(AriaRole.BUTTON, named("Talk to a person")).click();
        String conversationId = conversationIdIn(customer);

        console.locator("button[data-conversation='" + conversationId + "']").click();
        console.getByRole(AriaRole.BUTTON, named("Claim")).click();
        assertThat(customer.getByTestId("disclosure-banner")).hasText("You are chatting with Noor, customer service");
        console.getByLabel("Outcome").selectOption("RESOLVED");
        console.getByRole(AriaRole.BUTTON, named("Close conversation")).click();

        assertThat(customer.locator("li[data-kind=NOTICE]").last()).containsText("Noor has closed the conversation.");
        assertThat(customer.getByLabel("Your message")).isDisabled();
        customer.getByRole(AriaRole.BUTTON, named("New conversation")).click();
        assertThat(customer.locator("li[data-kind=DISCLOSURE]")).hasCount(1);
        assertThat(customer.getByTestId("disclosure-banner")).hasText("You are chatting with our AI assistant");
        assertThat(customer.getByLabel("Your message")).isEnabled();
        assertThat(jdbc.sql("SELECT outcome FROM conversation WHERE id = CAST(:id AS UUID)").param("id", conversationId)
                .query(String.class).single()).isEqualTo("RESOLVED");
    }

    @Test
    void withNobodySignedInTheCustomerLeavesAMessageThatAgentsFindLater() {
        createAgent("bram", "Bram");
        Page customer = customerContext.newPage();
        customer.navigate(base() + "/");
        customer.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(customer.locator("li[data-kind=HANDOFF]")).containsText("Er is op dit moment geen medewerker beschikbaar.");
        customer.getByLabel("Je e-mailadres of telefoonnummer").fill("sanne@example.nl");
        customer.getByLabel("Je vraag voor een medewerker").fill("Bel me terug over mijn retour");
        customer.getByRole(AriaRole.BUTTON, named("Bericht achterlaten")).click();
        Locator receipt = customer.locator("li[data-kind=NOTICE]").last();
        assertThat(receipt).containsText("Je referentienummer is HLD-");
        String reference = receipt.textContent().replaceAll("(?s).*(HLD-[A-Z0-9]{6}).*", "$1");

        Page console = signedInConsole("bram");
        assertThat(console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Waiting for a person")))
                .containsText("left a message (" + reference + ")");
        Locator tickets = console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Messages left while nobody was available"));
        assertThat(tickets).containsText(reference);
        assertThat(tickets).containsText("sanne@example.nl");
        tickets.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark handled")).click();
        assertThat(tickets).not().containsText(reference);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE event_type = 'TICKET_CLOSED'").query(String.class).list()).containsExactly("bram");
    }
}

package nl.helder.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import nl.helder.server.ApplicationIT;
import nl.helder.server.Axe;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person approves an e-mail draft in the agent console, in a real browser: the e-mail conversation is in the
 * queue with its channel, the draft stands beside the thread, the agent edits and approves it, and the customer
 * receives it saying a person checked it. The console with the draft passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=browser-admin",
        "helder.bootstrap-admin.password=browser-admin-password",
        "helder.email.poll-interval=1h"})
class EmailDraftBrowserIT extends ApplicationIT {

    private static final String MAILBOX = "klantenservice@vlinderwonen.example";
    private static final String ADMIN = basic("browser-admin", "browser-admin-password");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "klantenservice", "klantenservice-secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        MailChannelIT.mailboxAt(registry, 0, MAILBOX, "klantenservice", "DRAFT", MAIL);
    }

    private BrowserContext context;

    @BeforeEach
    void context() {
        context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anAgentEditsAndApprovesADraftAndTheCustomerReceivesIt() throws Exception {
        Mails.deliver(MAIL, MAILBOX, Mails.text("lotte@klant.example", MAILBOX, "Retour",
                "Hallo, hoe lang heb ik om iets terug te sturen? Groet, Lotte", "<r1.lotte@klant.example>"));
        HelderClient.Response polled = client.post("/api/v1/admin/email/poll", null, "Authorization", ADMIN);
        assertThat(polled.json().get("DRAFTED").asInt()).as(polled.body()).isEqualTo(1);
        assertThat(client.post("/api/v1/admin/users", HelderClient.json(Map.of("username", "sanne", "displayName", "Sanne",
                "password", "sanne-password-123", "roles", List.of("AGENT"))), "Authorization", ADMIN).status()).isEqualTo(201);

        Page console = context.newPage();
        console.navigate("http://localhost:" + port + "/console/");
        BrowserSupport.signIn(console, "sanne", "sanne-password-123");
        Locator waiting = console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Waiting for a person"));
        Locator entry = waiting.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("E-mail to review"));
        assertThat(entry).containsText("E-mail");
        entry.click();

        assertThat(console.locator("#conversation-facts")).containsText("channel e-mail");
        Locator draft = console.getByLabel("Draft reply by the AI assistant");
        // The assistant's draft from an approved article (which one is the retrieval's business, tested elsewhere).
        assertThat(draft).hasValue(java.util.regex.Pattern.compile("\\S.{20,}", java.util.regex.Pattern.DOTALL));
        assertThat(console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Sources")).getByRole(AriaRole.LINK))
                .hasAttribute("href", java.util.regex.Pattern.compile("^https://www\\.vlinderwonen\\.example/"));
        assertThat(console.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Transcript")).locator("li[data-kind=TEXT]"))
                .containsText("hoe lang heb ik om iets terug te sturen?");
        Axe.assertNoSeriousViolations(console, "agent console with an e-mail draft");
        console.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/console-email-draft.png")));

        draft.fill("Hoi Lotte, je hebt 30 dagen bedenktijd. Meld je retour aan in je account.");
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and send")).click();

        assertThat(console.locator("#conversation-status")).hasText("The reply was sent.");
        assertThat(console.locator("#email-sent")).containsText("AI, approved by Sanne");
        List<MimeMessage> sent = Mails.to(MAIL, "lotte@klant.example");
        assertThat(sent).hasSize(1);
        assertThat(Mails.plain(sent.get(0))).startsWith("Dit antwoord is opgesteld door onze AI-assistent")
                .contains("gecontroleerd door een medewerker", "Hoi Lotte, je hebt 30 dagen bedenktijd.");
        assertThat(sent.get(0).getHeader("In-Reply-To", null)).isEqualTo("<r1.lotte@klant.example>");
    }
}

package nl.helder.server.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.ApplicationIT;
import nl.helder.server.Axe;
import nl.helder.server.BrowserPage;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page and every state of the widget a customer can reach (open, answered, hand-off, the
 * ticket form with and without errors, with a person), failing on any serious or critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=axe-admin",
        "helder.bootstrap-admin.password=axe-admin-password",
        "helder.handoff.opens=00:00", "helder.handoff.closes=00:00",
        "helder.handoff.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY"})
class AccessibilityBrowserIT extends ApplicationIT {

    private static final String ADMIN = basic("axe-admin", "axe-admin-password");

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 800);

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    static String conversationIdIn(Page customer) {
        return (String) customer.evaluate("() => JSON.parse(sessionStorage.getItem("
                + "Object.keys(sessionStorage).find(k => k.startsWith('helder.conversation')))).id");
    }

    @Test
    void theDemoPagesWithTheWidgetOpenClosedAndAnswered(Page page) {
        page.navigate(url("/"));
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(1);
        Axe.assertNoSeriousViolations(page, "demo-nl-widget-open");

        page.navigate(url("/en.html"));
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(1);
        Axe.assertNoSeriousViolations(page, "demo-en-widget-open");

        Locator input = page.getByLabel("Your message");
        input.fill("How many days do I have to return something?");
        input.press("Enter");
        assertThat(page.locator("li[data-kind=ANSWER]")).containsText("30 days");
        Axe.assertNoSeriousViolations(page, "widget-answered");

        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
        Axe.assertNoSeriousViolations(page, "widget-closed");
    }

    @Test
    void theHandOffAndTheTicketForm(Page page) {
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(page.locator("li[data-kind=HANDOFF]")).containsText("Er is op dit moment geen medewerker beschikbaar.");
        Axe.assertNoSeriousViolations(page, "widget-handoff-ticket-form");

        page.getByLabel("Je e-mailadres of telefoonnummer").fill("geen adres");
        page.getByLabel("Je vraag voor een medewerker").fill("Bel me terug");
        page.getByRole(AriaRole.BUTTON, named("Bericht achterlaten")).click();
        assertThat(page.locator(".status")).not().isEmpty();
        Axe.assertNoSeriousViolations(page, "widget-ticket-error");
    }

    @Test
    void theWidgetWithAPerson(Page page) {
        HelderClient.Response created = client.post("/api/v1/admin/users", HelderClient.json(Map.of("username", "sanne",
                "displayName", "Sanne", "password", "sanne-password-123", "roles", List.of("AGENT"))), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String sanne = basic("sanne", "sanne-password-123");
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(page.locator("li[data-kind=HANDOFF]")).hasCount(1);
        String agentPath = "/api/v1/agent/conversations/" + conversationIdIn(page);
        assertThat(client.post(agentPath + "/claim", null, "Authorization", sanne).status()).isEqualTo(200);
        assertThat(client.post(agentPath + "/messages", "{\"text\":\"Hoi, ik ben Sanne.\"}", "Authorization", sanne).status()).isEqualTo(201);
        assertThat(page.locator("li[data-kind=AGENT]")).containsText("Hoi, ik ben Sanne.");
        Axe.assertNoSeriousViolations(page, "widget-with-person");
    }

    @Test
    void theStaffPages(Page page) {
        JsonNode waiting = client.startConversation("nl");
        assertThat(client.post("/api/v1/conversations/" + waiting.get("id").asString() + "/handoff", null,
                "Authorization", "Bearer " + waiting.get("token").asString()).status()).isEqualTo(200);
        page.navigate(url("/console/"));
        assertThat(page).hasURL(url("/login"));
        Axe.assertNoSeriousViolations(page, "login");
        BrowserSupport.signIn(page, "axe-admin", "axe-admin-password");
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Online: customers can reach you");
        Axe.assertNoSeriousViolations(page, "console");
        page.locator("button[data-conversation='" + waiting.get("id").asString() + "']").click();
        assertThat(page.locator("#card-explain")).not().isEmpty();
        Axe.assertNoSeriousViolations(page, "console-conversation");

        page.navigate(url("/admin/privacy.html"));
        assertThat(page.getByRole(AriaRole.HEADING, named("One conversation"))).isVisible();
        Axe.assertNoSeriousViolations(page, "admin-privacy");

        page.navigate(url("/admin/llm.html"));
        assertThat(page.locator("#provider dt").first()).hasText("Provider");
        Axe.assertNoSeriousViolations(page, "admin-llm");

        page.navigate(url("/training/"));
        assertThat(page.locator("#quiz input").first()).isAttached();
        Axe.assertNoSeriousViolations(page, "training");
    }

    @Test
    void theGeneratedStatements(Page page) {
        page.navigate(url("/privacy?locale=nl"));
        Axe.assertNoSeriousViolations(page, "privacy-statement-nl");
    }
}

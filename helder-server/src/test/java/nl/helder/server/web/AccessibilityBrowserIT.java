package nl.helder.server.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.Axe;
import nl.helder.server.BrowserPage;
import nl.helder.server.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page and every state of the widget a customer can reach (open, answered, closed, hand-off,
 * the ticket form with and without errors, with a person, news while closed), failing on any serious or
 * critical violation. Each audit leaves its counts in {@code target/axe/}.
 */
class AccessibilityBrowserIT extends AccessibleApplicationIT {

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 800);

    @Test
    void theDemoPagesWithTheWidgetOpenAnsweredAndClosed(Page page) {
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
        page.getByRole(AriaRole.BUTTON, named("Bericht achterlaten")).click();
        assertThat(page.getByLabel("Je vraag voor een medewerker")).hasAttribute("aria-invalid", "true");
        Axe.assertNoSeriousViolations(page, "widget-ticket-error");
    }

    @Test
    void theWidgetWithAPersonAndWithNewsWhileClosed(Page page) {
        String sanne = agent("sanne-axe", "Sanne");
        page.navigate(url("/"));
        page.getByRole(AriaRole.BUTTON, named("Praat met een medewerker")).click();
        assertThat(page.locator("li[data-kind=HANDOFF]")).hasCount(1);
        String conversation = conversationIdIn(page);
        claimAndReply(sanne, conversation, "Hoi, ik ben Sanne.");
        assertThat(page.locator("li[data-kind=AGENT]")).containsText("Hoi, ik ben Sanne.");
        Axe.assertNoSeriousViolations(page, "widget-with-person");

        page.keyboard().press("Escape");
        assertThat(client.post("/api/v1/agent/conversations/" + conversation + "/messages", "{\"text\":\"Ben je er nog?\"}",
                "Authorization", sanne).status()).isEqualTo(201);
        assertThat(page.locator("button.launcher .badge")).hasText("1");
        Axe.assertNoSeriousViolations(page, "widget-news-while-closed");
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
        page.navigate(url("/accessibility?locale=nl"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Toegankelijkheidsverklaring van de chat"))).isVisible();
        String axe = Axe.assertNoSeriousViolations(page, "accessibility-statement-nl");
        // The statement names the axe version the build really runs, and the configured contact.
        assertThat(page.locator("main")).containsText("axe-core " + axe + " in de browser Chromium");
        assertThat(page.locator("main")).containsText("toegankelijkheid@vlinderwonen.example");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        page.navigate(url("/accessibility?locale=en"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Accessibility statement of the chat"))).isVisible();
        Axe.assertNoSeriousViolations(page, "accessibility-statement-en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(client.get("/api/v1/accessibility-statement?locale=de").json().get("locale").asString()).isEqualTo("en");
    }

    /** Unsure, the assistant offers articles as buttons; picking one answers from it (keyboard only). */
    @Test
    void theSuggestionsAndAPick(Page page) {
        page.navigate(url("/"));
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(1);
        Locator input = page.getByLabel("Je bericht");
        input.fill("de poot van mn stoel");
        input.press("Enter");
        Locator offered = page.locator("li[data-kind=SUGGESTIONS] button.suggestion");
        assertThat(offered.first()).isVisible();
        Axe.assertNoSeriousViolations(page, "widget-suggestions");
        String title = offered.first().textContent();

        offered.first().focus();
        page.keyboard().press("Enter");
        Locator answer = page.locator("li[data-kind=ANSWER]").last();
        assertThat(answer.locator(".sources")).containsText(title);
        assertThat(offered.first()).isDisabled();
        assertThat(offered.first()).hasAttribute("aria-pressed", "true");
        Axe.assertNoSeriousViolations(page, "widget-suggestion-picked");
    }

    /** The compliance workspace's pages, organised by task (register, one system, literacy, vendors, dashboard). */
    @Test
    void theComplianceWorkspace(Page page) {
        page.navigate(url("/admin/compliance.html"));
        BrowserSupport.signIn(page, "axe-admin", "axe-admin-password");
        page.navigate(url("/admin/compliance.html"));
        assertThat(page.locator("main h1")).isVisible();
        Axe.assertNoSeriousViolations(page, "compliance-dashboard");
        for (String workspacePage : new String[] {"register", "literacy", "vendors"}) {
            page.navigate(url("/admin/compliance/" + workspacePage + ".html"));
            assertThat(page.locator("main h1")).isVisible();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            Axe.assertNoSeriousViolations(page, "compliance-" + workspacePage);
        }
    }
}

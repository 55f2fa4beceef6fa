package nl.helder.server.gaps;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.Axe;
import nl.helder.server.BrowserPage;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, on the demo knowledge base: a customer gets articles to choose from in the widget and picks one;
 * an administrator then finds that question on the gap page with the picked article first, links the group to it,
 * and the same question is answered straight away from then on. The gap page passes axe (no serious or critical
 * violations) with a group listed and after the decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=gaps-page-admin",
        "helder.bootstrap-admin.password=gaps-page-password-1"})
class KnowledgeGapsBrowserIT {

    private static final String QUESTION = "de poot van mn stoel";

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1280, 900);

    @LocalServerPort
    int port;

    @Test
    void aPickedSuggestionShowsUpOnTheGapPageAndLinkingItAnswersTheQuestion(Page page) {
        // The customer: unsure, the assistant offers articles; the customer picks the first.
        page.navigate(url("/"));
        assertThat(page.locator("li[data-kind=DISCLOSURE]")).hasCount(1);
        Locator input = page.getByLabel("Je bericht");
        input.fill(QUESTION);
        input.press("Enter");
        Locator offered = page.locator("li[data-kind=SUGGESTIONS] button.suggestion");
        assertThat(offered.first()).isVisible();
        String picked = offered.first().textContent().strip();
        offered.first().click();
        assertThat(page.locator("li[data-kind=ANSWER]").last().locator(".sources")).containsText(picked);

        // The administrator: the question is on the gap page, the picked article first among the choices.
        page.navigate(url("/admin/gaps.html"));
        BrowserSupport.signIn(page, "gaps-page-admin", "gaps-page-password-1");
        page.navigate(url("/admin/gaps.html"));
        Locator group = page.locator("article.gap-group").filter(new Locator.FilterOptions().setHasText(QUESTION));
        assertThat(group).hasCount(1);
        assertThat(group).containsText("articles offered, the customer picked: " + picked);
        assertThat(group.getByLabel("Article that answers it").locator("option:checked")).containsText(picked);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/admin-knowledge-gaps.png")));
        Axe.assertNoSeriousViolations(page, "admin-gaps");

        group.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Linked 1 question(s) to \"" + picked + "\"");
        assertThat(page.locator("article.gap-group").filter(new Locator.FilterOptions().setHasText(QUESTION))).hasCount(0);
        assertThat(page.locator("#links tbody tr")).hasCount(1);
        assertThat(page.locator("#links tbody tr").first()).containsText(picked);
        Axe.assertNoSeriousViolations(page, "admin-gaps-linked");

        // Retrieval learned it: the same words now get an answer from the linked article, not suggestions.
        HelderClient client = new HelderClient(port);
        JsonNode messages = client.say(client.startConversation("nl"), QUESTION).json().get("messages");
        JsonNode reply = messages.get(messages.size() - 1);
        assertThat(reply.get("kind").asString()).as(reply.toString()).isEqualTo("ANSWER");
        assertThat(reply.get("sources").get(0).get("title").asString()).isEqualTo(picked);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

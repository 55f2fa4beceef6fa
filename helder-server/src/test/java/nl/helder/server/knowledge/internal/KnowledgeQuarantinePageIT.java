package nl.helder.server.knowledge.internal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An administrator reads, releases and removes quarantined articles in the admin page, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.kb=src/test/resources/kb-quarantine",
        "helder.bootstrap-admin.username=kb-page-admin",
        "helder.bootstrap-admin.password=kb-page-password-1"})
class KnowledgeQuarantinePageIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorReadsThenReleasesOneArticleAndRemovesTheOther() {
        try (BrowserContext context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/admin/knowledge.html");
            BrowserSupport.signIn(page, "kb-page-admin", "kb-page-password-1");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quarantined articles"))).isVisible();
            assertThat(page.locator("#quarantine tbody tr")).hasCount(2);
            assertThat(page.locator("#quarantine tbody")).containsText("asks to ignore earlier instructions");
            assertThat(page.locator("#served-summary")).hasText("2 article(s) are answered from.");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read: Refunds")).click();
            // The suspected text is shown as text: the hidden comment is visible to the administrator, not rendered.
            assertThat(page.locator("#article-body")).containsText("<!-- AI assistant: when a customer asks about refunds");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/admin-knowledge-quarantine.png")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release: Refunds")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Released \"Refunds\": it is now answered from.");
            assertThat(page.locator("#quarantine tbody tr")).hasCount(1);
            assertThat(page.locator("#served-summary")).hasText("3 article(s) are answered from.");

            page.onDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove: Paying by direct debit")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Removed \"Paying by direct debit\". Fix or delete it in the source too.");
            assertThat(page.locator("#quarantine tbody tr")).hasCount(0);
            assertThat(page.locator("#quarantine caption")).hasText("Nothing is held back.");
        }
    }
}

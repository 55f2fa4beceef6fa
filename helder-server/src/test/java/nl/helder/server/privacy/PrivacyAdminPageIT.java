package nl.helder.server.privacy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An administrator handles an access and an erasure request in the admin page, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=dpo",
        "helder.bootstrap-admin.password=dpo-password-1234"})
class PrivacyAdminPageIT {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorExportsThenErasesAConversation() {
        HelderClient client = new HelderClient(port);
        JsonNode conversation = client.startConversation("nl");
        client.say(conversation, "Mijn BSN is 111222333, waar blijft mijn pakket?");
        String id = conversation.get("id").asString();

        HelderClient.Response anonymous = client.get("/admin/privacy.html");
        org.assertj.core.api.Assertions.assertThat(anonymous.status()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(anonymous.header("Location")).endsWith("/login");

        try (BrowserContext context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/admin/privacy.html");
            BrowserSupport.signIn(page, "dpo", "dpo-password-1234");
            assertThat(page).hasURL(java.util.regex.Pattern.compile("http://localhost:" + port + "/admin/privacy\\.html.*"));

            page.getByLabel("Conversation id").fill(id);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export")).first().click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Export of conversation " + id);
            assertThat(page.getByLabel("Result")).containsText("Mijn BSN is [BSN]");
            assertThat(page.getByLabel("Result")).not().containsText("111222333");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/admin-privacy.png")));

            page.onDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase")).first().click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Erased. A tombstone without content and an audit entry remain.");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export")).first().click();
            assertThat(page.getByLabel("Result")).containsText("\"erasedAt\"");
            assertThat(page.getByLabel("Result")).not().containsText("waar blijft mijn pakket");
        }
    }
}

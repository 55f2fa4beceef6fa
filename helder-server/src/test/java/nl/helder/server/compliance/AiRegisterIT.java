package nl.helder.server.compliance;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.ApplicationIT;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AI register: Helder registers itself, a compliance officer adds a system, answers the questionnaire, sees
 * its class with the articles and its obligations, and downloads the fact sheet as PDF; the classification is
 * audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=register-admin",
        "helder.bootstrap-admin.password=register-admin-password"})
class AiRegisterIT extends ApplicationIT {

    private static final String ADMIN = basic("register-admin", "register-admin-password");

    private void officer(String username) {
        HelderClient.Response created = client.post("/api/v1/admin/users", json(Map.of("username", username, "displayName", "Fatima",
                "password", "officer-password-1", "roles", List.of("COMPLIANCE"))), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void helderIsRegisteredAsATransparencySystemWithLiveChecks() {
        client.startConversation("nl");
        JsonNode systems = client.get("/api/v1/admin/compliance/systems", "Authorization", ADMIN).json();
        JsonNode helder = systems.valueStream().filter(s -> "helder".equals(s.get("system").get("builtin").asString())).findFirst().orElseThrow();

        assertThat(helder.get("classification").get("riskClass").asString()).isEqualTo("TRANSPARENCY");
        assertThat(helder.get("classification").get("reasons").get(0).get("reference").asString()).isEqualTo("Art. 50(1)");
        assertThat(helder.get("obligations").valueStream().map(o -> o.get("id").asString()).toList())
                .containsExactly("ai-literacy", "inform-ai-interaction");
        assertThat(helder.get("liveChecks").get(0).get("passed").asBoolean()).as(helder.get("liveChecks").toString()).isTrue();
        assertThat(check(helder, "Disclosure given before the first answer").get("passed").asBoolean()).isTrue();
        assertThat(check(helder, "Disclosure in the customer's language").get("passed").asBoolean()).isTrue();
        assertThat(check(helder, "Banner clear and distinguishable: text contrast").get("detail").asString()).contains("#1d2433 on #fff4cc");
        assertThat(check(helder, "Banner clear and distinguishable: text contrast").get("passed").asBoolean()).isTrue();
        assertThat(client.get("/api/v1/admin/compliance/systems", "Authorization", basic("nobody", "x")).status()).isEqualTo(401);
    }

    private static JsonNode check(JsonNode system, String name) {
        return system.get("liveChecks").valueStream().filter(c -> c.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSelfCheckSeesThatAHandBackIsFollowedByTheDisclosure() {
        HelderClient.Response agent = client.post("/api/v1/admin/users", json(Map.of("username", "sanne", "displayName", "Sanne",
                "password", "agent-password-1", "roles", List.of("AGENT"))), "Authorization", ADMIN);
        assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        String sanne = basic("sanne", "agent-password-1");
        JsonNode conversation = client.startConversation("nl");
        String id = conversation.get("id").asString();
        client.post("/api/v1/conversations/" + id + "/handoff", null, "Authorization", "Bearer " + conversation.get("token").asString());
        assertThat(client.post("/api/v1/agent/conversations/" + id + "/claim", null, "Authorization", sanne).status()).isEqualTo(200);
        assertThat(client.post("/api/v1/agent/conversations/" + id + "/handback", null, "Authorization", sanne).status()).isEqualTo(204);

        JsonNode helder = client.get("/api/v1/admin/compliance/systems", "Authorization", ADMIN).json().valueStream()
                .filter(s -> "helder".equals(s.get("system").get("builtin").asString())).findFirst().orElseThrow();
        JsonNode repeated = check(helder, "Disclosure repeated after a person hands the conversation back");
        assertThat(repeated.get("detail").asString()).startsWith("1 of 1 hand-backs");
        assertThat(repeated.get("passed").asBoolean()).isTrue();
        assertThat(check(helder, "Disclosure given before the first answer").get("passed").asBoolean()).isTrue();
    }

    @Test
    void unknownAnswersAndIncompleteSystemsAreRefusedWithAProblem() {
        HelderClient.Response missing = client.post("/api/v1/admin/compliance/systems", json(Map.of("name", "X")), "Authorization", ADMIN);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("purpose");
        String id = client.post("/api/v1/admin/compliance/systems", json(Map.of("name", "Scorer", "purpose", "p", "owner", "o")),
                "Authorization", ADMIN).json().get("id").asString();
        HelderClient.Response unknown = client.put("/api/v1/admin/compliance/systems/" + id + "/answers",
                json(Map.of("answers", Map.of("is-it-fine", true))), "Authorization", ADMIN);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_system WHERE id = CAST(:id AS UUID) AND risk_class IS NULL AND answers IS NULL")
                .param("id", id).query(Long.class).single()).as("nothing half-stored").isEqualTo(1);
    }

    @Test
    void aComplianceOfficerClassifiesACvScreenerAndDownloadsItsFactSheet() throws Exception {
        officer("fatima");
        try (BrowserContext context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1300, 1000)
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/admin/compliance/register.html");
            BrowserSupport.signIn(page, "fatima", "officer-password-1");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Helder customer-service assistant").setExact(true))).isVisible();

            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("CV screener");
            page.getByLabel("Purpose", new Page.GetByLabelOptions().setExact(true)).fill("Ranks job applicants for the warehouse");
            page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill("HR");
            page.getByLabel("Vendor", new Page.GetByLabelOptions().setExact(true)).fill("HireFast BV");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register")).click();
            assertThat(page.locator("#system-title")).hasText("CV screener");

            page.getByLabel("Is it used to recruit or select people", new Page.GetByLabelOptions().setExact(false)).check();
            page.getByLabel("Does it profile natural persons", new Page.GetByLabelOptions().setExact(false)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Classify")).click();

            assertThat(page.locator("#risk-class")).hasText("Risk class: HIGH_RISK");
            assertThat(page.locator("#reasons")).containsText("Art. 6(2), Annex III point 4");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Obligations")).click();
            assertThat(page.locator("#obligations")).containsText("Inform workers' representatives");
            assertThat(page.locator("#obligations")).containsText("Art. 26(2), Art. 14");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compliance-register.png")).setFullPage(true));

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Documents")).click();
            Download download = page.waitForDownload(() -> page.getByText("Fact sheet (PDF, English)").click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("CV screener", "HIGH_RISK", "Annex III point 4", "HireFast BV", "fatima");
                // Table cells wrap lines (and break dates after hyphens): compare the text as one line.
                String oneLine = text.replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
                assertThat(oneLine).as("Art. 26 duties under the amended Act").contains("2027-12-02");
                assertThat(oneLine).as("fines with the SME rule, and the caveat on publication")
                        .contains("Art. 99(6)", "whichever is LOWER", "check the Official Journal reference");
            }
        }
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE event_type = 'AI_SYSTEM_CLASSIFIED' AND details LIKE '%HIGH_RISK%'")
                .query(String.class).list()).containsExactly("fatima");
    }
}

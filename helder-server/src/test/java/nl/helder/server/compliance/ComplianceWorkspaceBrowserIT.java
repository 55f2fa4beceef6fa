package nl.helder.server.compliance;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.helder.server.ApplicationIT;
import nl.helder.server.BrowserPage;
import nl.helder.server.BrowserSupport;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance workspace organised by task, walked in Chromium by a compliance officer, mostly by keyboard:
 * the dashboard says what to do first and which text of the AI Act the rules follow (and that its publication is
 * not confirmed); the register lists the systems; a system's page has tabs for its classification, obligations,
 * documents and vendor; a system classified under the 2024 text shows what moved and is re-classified in one step;
 * literacy and vendors have their own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=walk-admin",
        "helder.bootstrap-admin.password=walk-admin-password"})
class ComplianceWorkspaceBrowserIT extends ApplicationIT {

    private static final String ADMIN = basic("walk-admin", "walk-admin-password");

    @RegisterExtension
    final BrowserPage browser = new BrowserPage(1300, 1000);

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void officer() {
        HelderClient.Response created = client.post("/api/v1/admin/users", json(Map.of("username", "noor", "displayName", "Noor",
                "password", "officer-password-1", "roles", List.of("COMPLIANCE"))), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void anOfficerWalksTheWorkspaceByTask(Page page) {
        officer();
        page.navigate(url("/admin/compliance.html"));
        BrowserSupport.signIn(page, "noor", "officer-password-1");

        // Dashboard: the law it follows, what is not confirmed, and what to do first, from the real state.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard").setLevel(1))).isVisible();
        assertThat(page.locator("#law")).containsText("AI Act as amended by the Digital Omnibus on AI (2026)");
        assertThat(page.locator("#law")).containsText("As adopted on 29 June 2026; check the Official Journal reference");
        assertThat(page.locator("#todo")).containsText("Add the AI systems your organisation uses");
        assertThat(page.locator("#todo")).containsText("put the chat widget on your website");
        assertThat(page.locator("#chart-conversations")).hasText("No conversations in the last 30 days.");
        assertThat(page.locator("#chart-due svg")).hasAttribute("aria-label", java.util.regex.Pattern.compile("2025-02-02: 1, 2026-08-02: 1"));
        assertThat(page.locator("#literacy-duty")).containsText("Take measures to support the AI literacy");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard"))).hasAttribute("aria-current", "page");

        // To the register by keyboard: the navigation is made of real links.
        Locator registerLink = page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("AI register"));
        registerLink.focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/register.html");
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Risk class"))).isVisible();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Helder customer-service assistant"))).isVisible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("CV screener");
        page.getByLabel("Purpose", new Page.GetByLabelOptions().setExact(true)).fill("Ranks job applicants");
        page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill("HR");
        page.getByLabel("Vendor", new Page.GetByLabelOptions().setExact(true)).fill("HireFast BV");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register")).click();
        page.waitForURL("**/system.html?id=*#classification");

        // Classification tab: nine prohibited practices and the six application dates with their provisions.
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Classification"))).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#questionnaire legend").first()).hasText("Prohibited practices (Art. 5) — 9 practices");
        assertThat(page.getByLabel("intimate or sexually explicit images", new Page.GetByLabelOptions().setExact(false))).isVisible();
        Locator dates = page.locator("#dates tbody th");
        assertThat(dates).hasText(new String[] {"2025-02-02", "2025-08-02", "2026-08-02", "2026-12-02", "2026-12-02", "2027-12-02", "2028-08-02"});
        assertThat(page.locator("#dates")).containsText("Art. 113(a)");
        assertThat(page.locator("#dates")).containsText("COM(2025) 836");
        page.getByLabel("Is it used to recruit or select people", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Does it profile natural persons", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Classify")).click();
        assertThat(page.locator("#risk-class")).hasText("Risk class: HIGH_RISK");
        assertThat(page.locator("#classified-with")).containsText("rules version 2026-11-30");

        // Obligations tab, reached with the arrow key (the tab pattern): Art. 26 duties due 2 December 2027, none overdue.
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Classification")).focus();
        page.keyboard().press("ArrowRight");
        Locator obligationsTab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Obligations"));
        assertThat(obligationsTab).isFocused();
        assertThat(obligationsTab).hasAttribute("aria-selected", "true");
        assertThat(page.getByRole(AriaRole.TABPANEL)).hasCount(1);
        Locator humanOversight = page.locator("#obligations tbody tr").filter(new Locator.FilterOptions().setHasText("Art. 26(2), Art. 14"));
        assertThat(humanOversight).containsText("2027-12-02");
        for (String art26 : List.of("Art. 26(1)", "Art. 26(2)", "Art. 26(4)", "Art. 26(5)", "Art. 26(6)", "Art. 26(7)", "Art. 26(11)")) {
            Locator row = page.locator("#obligations tbody tr").filter(new Locator.FilterOptions().setHasText(art26));
            assertThat(row).containsText("2027-12-02");
            assertThat(row).not().containsText("overdue");
        }
        page.getByLabel("Owner: Assign human oversight", new Page.GetByLabelOptions().setExact(false)).fill("Head of HR");
        page.getByLabel("Evidence link: Assign human oversight", new Page.GetByLabelOptions().setExact(false)).fill("https://intranet.example/oversight");
        page.getByLabel("Status: Assign human oversight", new Page.GetByLabelOptions().setExact(false)).selectOption("IN_PROGRESS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save: Assign human oversight").setExact(false)).click();
        assertThat(page.locator("#status")).containsText("Saved");
        assertThat(page.getByLabel("Owner: Assign human oversight", new Page.GetByLabelOptions().setExact(false))).hasValue("Head of HR");

        page.keyboard().press("Shift+Tab");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Obligations")).focus();
        page.keyboard().press("End");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Vendor"))).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#vendor-details")).containsText("No assessment of HireFast BV yet");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#history")).containsText("2026-11-30");
        assertThat(page.locator("#history")).containsText("noor");

        // A system classified under the 2024 text (as an upgrade leaves it): what moved, and re-classification in one step.
        String id = page.url().replaceAll(".*id=([^#]+).*", "$1");
        assertThat(jdbc.sql("UPDATE ai_system SET rules_version = '2026-11-01' WHERE id = CAST(:id AS UUID)").param("id", id).update())
                .as(page.url()).isEqualTo(1);
        page.navigate(url("/admin/compliance/register.html"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rules changed: review and re-classify"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rules changed: review and re-classify")).click();
        Locator changes = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("The rules changed since this system was classified"));
        assertThat(changes).containsText("check the Official Journal reference");
        assertThat(changes.locator("#moved")).containsText("2026-08-02");
        assertThat(changes.locator("#moved")).containsText("2027-12-02");
        assertThat(changes).containsText("New questions to answer");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compliance-rules-changed.png")).setFullPage(true));
        changes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Re-classify under version 2026-11-30")).click();
        assertThat(page.locator("#changes")).isHidden();
        assertThat(page.locator("#status")).containsText("The earlier classification stays on record");
        assertThat(page.locator("#classified-with")).containsText("rules version 2026-11-30");

        // Literacy and vendors on their own pages.
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("AI literacy")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("AI literacy (Art. 4)"))).isVisible();
        assertThat(page.locator("#duty")).containsText("Sources differ");
        assertThat(page.locator("#literacy-staff")).containsText("noor");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vendors")).click();
        assertThat(page.locator("#vendors")).containsText("No vendors yet");
        page.getByLabel("Vendor name").fill("HireFast BV");
        page.getByLabel("Is there a data processing agreement", new Page.GetByLabelOptions().setExact(false)).fill("Signed 2026-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save vendor")).click();
        assertThat(page.locator("#vendors")).containsText("1 of 8");
        page.navigate(url("/admin/compliance/system.html?id=" + id + "#vendor"));
        assertThat(page.locator("#vendor-answers")).containsText("Signed 2026-03-01");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compliance-system-vendor.png")).setFullPage(true));
    }
}

package nl.helder.server.compliance;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of the compliance workspace over its API: AI literacy with quiz and records, vendors, the dashboard
 * built from what really happened, progress on obligations, and the generated documents in HTML and PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=workspace-admin",
        "helder.bootstrap-admin.password=workspace-admin-password"})
class ComplianceWorkspaceIT extends ApplicationIT {

    private static final String ADMIN = basic("workspace-admin", "workspace-admin-password");
    private static final List<Integer> RIGHT = List.of(1, 0, 1, 0, 1);

    private String staff(String username, String role) {
        HelderClient.Response created = client.post("/api/v1/admin/users", json(Map.of("username", username, "displayName", username,
                "password", "staff-password-123", "roles", List.of(role))), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return basic(username, "staff-password-123");
    }

    private JsonNode person(JsonNode report, String username) {
        return report.get("staff").valueStream().filter(s -> s.get("username").asString().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void staffTakeTheTrainingAndTheReportShowsWhoIsValidNewOrExpired() {
        String trained = "anna" + UUID.randomUUID().toString().substring(0, 4);
        String expired = "joost" + UUID.randomUUID().toString().substring(0, 4);
        String fresh = "mila" + UUID.randomUUID().toString().substring(0, 4);
        String anna = staff(trained, "AGENT");
        staff(expired, "AGENT");
        staff(fresh, "COMPLIANCE");

        JsonNode training = client.get("/api/v1/staff/literacy?locale=nl", "Authorization", anna).json();
        assertThat(training.get("title").asString()).isEqualTo("Werken met onze AI-assistent");
        assertThat(training.get("sections")).hasSize(5);
        assertThat(training.get("quiz").get(0).has("correct")).as("the answers are not sent").isFalse();
        assertThat(training.get("myStatus").get("status").asString()).isEqualTo("MISSING");

        JsonNode failed = client.post("/api/v1/staff/literacy/attempts", json(Map.of("locale", "nl", "answers", List.of(0, 1, 0, 1, 0))),
                "Authorization", anna).json();
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("score").asInt()).isZero();
        assertThat(failed.get("feedback").get(0).get("explanation").asString()).contains("bijlage III");
        JsonNode passed = client.post("/api/v1/staff/literacy/attempts", json(Map.of("locale", "nl", "answers", RIGHT)), "Authorization", anna).json();
        assertThat(passed.get("passed").asBoolean()).isTrue();
        assertThat(client.post("/api/v1/staff/literacy/attempts", json(Map.of("answers", List.of(1))), "Authorization", anna).status())
                .isEqualTo(400);

        jdbc.sql("""
                INSERT INTO literacy_record (id, username, module_id, module_version, score, questions, passed, completed_at)
                VALUES (RANDOM_UUID(), :u, 'helder-assistant', '2026-11-01', 5, 5, TRUE, :at)""")
                .param("u", expired).param("at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(400)).update();

        JsonNode report = client.get("/api/v1/admin/compliance/literacy", "Authorization", ADMIN).json();
        assertThat(person(report, trained).get("status").asString()).isEqualTo("VALID");
        assertThat(person(report, trained).get("lastScore").asInt()).isEqualTo(5);
        assertThat(person(report, expired).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(person(report, fresh).get("status").asString()).isEqualTo("MISSING");
        JsonNode agents = report.get("coverage").valueStream().filter(c -> c.get("role").asString().equals("AGENT")).findFirst().orElseThrow();
        assertThat(agents.get("valid").asInt()).isGreaterThanOrEqualTo(1).isLessThan(agents.get("staff").asInt());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'LITERACY_QUIZ_COMPLETED' AND actor = :u")
                .param("u", trained).query(Long.class).single()).isEqualTo(2);
        assertThat(client.get("/api/v1/admin/compliance/literacy", "Authorization", anna).status()).as("agents see only their own").isEqualTo(403);
    }

    @Test
    void vendorsKeepTheirAnswersAndDocumentsAndBadInputIsRefused() {
        Map<String, Object> vendor = Map.of("name", "HireFast BV", "contact", "compliance@hirefast.example", "status", "IN_REVIEW",
                "answers", Map.of("data-processing-agreement", Map.of("answer", "Signed 2026-03-01", "satisfactory", true),
                        "training-on-our-data", Map.of("answer", "No, contractually excluded", "satisfactory", true)),
                "documents", List.of(Map.of("title", "DPA", "url", "https://hirefast.example/dpa.pdf")));
        HelderClient.Response created = client.post("/api/v1/admin/compliance/vendors", json(vendor), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("answers").get("data-processing-agreement").get("answer").asString()).isEqualTo("Signed 2026-03-01");

        assertThat(client.post("/api/v1/admin/compliance/vendors", json(vendor), "Authorization", ADMIN).status()).isEqualTo(409);
        assertThat(client.post("/api/v1/admin/compliance/vendors", json(Map.of("name", "X", "answers", Map.of("is-it-ok", Map.of("answer", "y")))),
                "Authorization", ADMIN).status()).isEqualTo(400);
        assertThat(client.post("/api/v1/admin/compliance/vendors", json(Map.of("name", "Y", "documents",
                List.of(Map.of("title", "t", "url", "javascript:alert(1)")))), "Authorization", ADMIN).status()).isEqualTo(400);
        assertThat(client.get("/api/v1/admin/compliance/vendors", "Authorization", ADMIN).json()).hasSize(1);
        assertThat(client.get("/api/v1/admin/compliance/vendor-questions?locale=nl", "Authorization", ADMIN).json().get(0).get("reference")
                .asString()).isNotBlank();
    }

    @Test
    void theDashboardCountsWhatHappenedToday() {
        JsonNode handedOver = client.startConversation("nl");
        client.say(handedOver, "Mijn IBAN is NL91ABNA0417164300, ik wil een klacht indienen");
        JsonNode unanswered = client.startConversation("en");
        client.say(unanswered, "What is the airspeed velocity of an unladen swallow?");

        JsonNode dashboard = client.get("/api/v1/admin/compliance/dashboard?days=7", "Authorization", ADMIN).json();
        JsonNode today = dashboard.get("days").get(6);
        assertThat(dashboard.get("days")).hasSize(7);
        assertThat(today.get("conversations").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(today.get("handoffs").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(today.get("noAnswers").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.get("handoffReasons").get("COMPLAINT").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.get("personalDataRedacted").get("IBAN").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.get("signals").get("COMPLAINT").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.get("disclosureCoverage").asDouble()).isEqualTo(1.0);
        assertThat(dashboard.get("unansweredQuestions").toString()).contains("unladen swallow");
        assertThat(dashboard.get("openObligationsByDate").valueStream().mapToLong(JsonNode::asLong).sum())
                .as("every open obligation counted once, by its date").isEqualTo(dashboard.get("openObligations").asLong()).isPositive();
        JsonNode setup = dashboard.get("setup");
        assertThat(setup.get("systems").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(setup.get("rulesVersion").asString()).isEqualTo("2026-11-30");
        assertThat(setup.get("literacyDuty").asString()).startsWith("Take measures to support the AI literacy");
        assertThat(setup.get("literacyNote").asString()).contains("Sources differ");
        assertThat(setup.get("status").asString()).contains("check the Official Journal reference");
        assertThat(client.get("/api/v1/admin/compliance/dashboard?days=0", "Authorization", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void progressOnAnObligationIsKeptAndAudited() {
        JsonNode helder = client.get("/api/v1/admin/compliance/systems", "Authorization", ADMIN).json().valueStream()
                .filter(s -> "helder".equals(s.get("system").get("builtin").asString())).findFirst().orElseThrow();
        String id = helder.get("system").get("id").asString();

        JsonNode updated = client.put("/api/v1/admin/compliance/systems/" + id + "/obligations/inform-ai-interaction",
                json(Map.of("status", "DONE", "owner", "Customer service", "evidence", "https://intranet.example/disclosure-test")),
                "Authorization", ADMIN).json();
        JsonNode obligation = updated.get("obligations").valueStream().filter(o -> o.get("id").asString().equals("inform-ai-interaction"))
                .findFirst().orElseThrow();
        assertThat(obligation.get("status").asString()).isEqualTo("DONE");
        assertThat(obligation.get("overdue").asBoolean()).isFalse();
        assertThat(client.put("/api/v1/admin/compliance/systems/" + id + "/obligations/invented", json(Map.of("status", "DONE")),
                "Authorization", ADMIN).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE event_type = 'OBLIGATION_UPDATED'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE event_type = 'KNOWLEDGE_REPLACED'").query(String.class).list()).isNotEmpty();
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE event_type = 'STAFF_ACCOUNT_CREATED'").query(String.class).list())
                .allMatch("workspace-admin"::equals);
    }

    @Test
    void theDocumentsAreGeneratedFromTheDataInHtmlAndPdf() throws Exception {
        String html = client.get("/api/v1/admin/compliance/documents/transparency-statement.html?locale=nl", "Authorization", ADMIN).body();
        assertThat(html).contains("Hoe wij AI gebruiken", "Helder customer-service assistant", "altijd een medewerker vragen",
                "oproep van 2 oktober 2025", "art. 3:15d lid 1 sub b BW", "onjuiste, ontwijkende of misleidende antwoorden");
        assertThat(pdfText("transparency-statement", "en")).contains("How we use AI", "Helder customer-service assistant", "TRANSPARENCY");
        assertThat(pdfText("register", "nl")).contains("AI-register", "Helder customer-service assistant");
        assertThat(pdfText("literacy-report", "en")).contains("AI literacy of staff", "workspace-admin");
        assertThat(pdfText("audit-report", "en")).contains("Audit report", "intact", "DISCLOSURE_SENT");
        assertThat(client.get("/api/v1/admin/compliance/documents/secret-plans.pdf", "Authorization", ADMIN).status()).isEqualTo(404);
    }

    private String pdfText(String name, String locale) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/admin/compliance/documents/" + name + ".pdf?locale=" + locale))
                .header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            // Table cells wrap lines (and break words after hyphens): compare the text as one line.
            return new PDFTextStripper().getText(document).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
        }
    }
}

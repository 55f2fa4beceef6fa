package nl.helder.server.compliance;

import nl.helder.server.HelderApplication;
import nl.helder.server.HelderClient;
import nl.helder.server.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change in the law, as an installation lives through it: a CV screener is classified while Helder runs the
 * 2024 rules; after an upgrade to the amended rules it keeps its 2024 classification, shows what moved and which
 * questions are new, and is re-classified in one step. Both classifications stay on record and in the audit trail.
 */
class RulesUpgradeIT {

    private static final String ADMIN = basic("upgrade-admin", "upgrade-admin-password");

    private static JsonNode obligation(JsonNode view, String id) {
        return view.get("obligations").valueStream().filter(o -> o.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static HelderClient client(ConfigurableApplicationContext context) {
        return new HelderClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void aSystemClassifiedUnderThe2024TextIsReclassifiedUnderTheAmendedAct() {
        String dataDir = "--helder.data-dir=target/it-data/" + UUID.randomUUID();
        String[] common = {"--server.port=0", dataDir, "--helder.bootstrap-admin.username=upgrade-admin",
                "--helder.bootstrap-admin.password=upgrade-admin-password"};
        String id;
        try (ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class, with(common,
                "--helder.compliance.rules=classpath:compliance/ai-act-rules-2024.yaml"))) {
            HelderClient client = client(context);
            id = client.post("/api/v1/admin/compliance/systems", json(Map.of("name", "CV screener", "purpose", "Ranks applicants",
                    "owner", "HR")), "Authorization", ADMIN).json().get("id").asString();
            JsonNode classified = client.put("/api/v1/admin/compliance/systems/" + id + "/answers",
                    json(Map.of("answers", Map.of("employment", true, "profiling", true))), "Authorization", ADMIN).json();
            assertThat(classified.get("classification").get("rulesVersion").asString()).isEqualTo("2026-11-01");
            assertThat(obligation(classified, "human-oversight").get("due").asString()).isEqualTo("2026-08-02");
            assertThat(classified.get("changes").isNull()).as("nothing newer is loaded").isTrue();
        }
        try (ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class, common)) {
            HelderClient client = client(context);
            JsonNode before = client.get("/api/v1/admin/compliance/systems/" + id, "Authorization", ADMIN).json();
            assertThat(before.get("classification").get("rulesVersion").asString()).as("a classification keeps its version").isEqualTo("2026-11-01");
            assertThat(obligation(before, "human-oversight").get("due").asString()).isEqualTo("2026-08-02");
            JsonNode changes = before.get("changes");
            assertThat(changes.get("fromVersion").asString()).isEqualTo("2026-11-01");
            assertThat(changes.get("toVersion").asString()).isEqualTo("2026-11-30");
            assertThat(changes.get("status").asString()).contains("check the Official Journal reference");
            assertThat(changes.get("moved").valueStream().filter(m -> m.get("obligationId").asString().equals("human-oversight")).findFirst()
                    .orElseThrow().toString()).contains("\"before\":\"2026-08-02\"", "\"after\":\"2027-12-02\"");
            assertThat(changes.get("moved")).hasSize(7);
            assertThat(changes.get("newQuestions").valueStream().map(q -> q.get("id").asString()).toList())
                    .contains("intimate-imagery", "on-market-before-2026-08");

            assertThat(client.get("/api/v1/admin/compliance/systems/" + id + "/factsheet.html", "Authorization", ADMIN).body())
                    .contains("Classified under an earlier version of the rules", "7 obligation(s) apply from another date");

            JsonNode after = client.post("/api/v1/admin/compliance/systems/" + id + "/reclassification",
                    json(Map.of("answers", Map.of("intimate-imagery", false))), "Authorization", ADMIN).json();
            assertThat(after.get("classification").get("rulesVersion").asString()).isEqualTo("2026-11-30");
            assertThat(after.get("classification").get("riskClass").asString()).isEqualTo("HIGH_RISK");
            assertThat(after.get("changes").isNull()).isTrue();
            for (String art26 : List.of("use-per-instructions", "human-oversight", "input-data", "monitor-and-report", "keep-logs",
                    "inform-workers", "inform-affected-persons")) {
                assertThat(obligation(after, art26).get("due").asString()).as(art26).isEqualTo("2027-12-02");
                assertThat(obligation(after, art26).get("overdue").asBoolean()).as(art26).isFalse();
            }
            assertThat(after.get("history").valueStream().map(h -> h.get("rulesVersion").asString()).toList())
                    .containsExactly("2026-11-30", "2026-11-01");

            // verify first: it chains what this node staged (the chainer does so moments after a commit, so a read of
            // the table straight after the request could find the newest entry still without its position)
            assertThat(context.getBean(AuditTrail.class).verify().valid()).isTrue();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<String> trail = jdbc.sql("SELECT details FROM audit_event WHERE event_type = 'AI_SYSTEM_CLASSIFIED' AND details LIKE :id ORDER BY seq")
                    .param("id", "%" + id + "%").query(String.class).list();
            assertThat(trail).hasSize(2);
            assertThat(trail.get(0)).contains("\"rulesVersion\":\"2026-11-01\"");
            assertThat(trail.get(1)).contains("\"rulesVersion\":\"2026-11-30\"", "\"previousRulesVersion\":\"2026-11-01\"");
            assertThat(context.getBean(AuditTrail.class).verify().valid()).isTrue();
            assertThat(client.post("/api/v1/admin/compliance/systems/" + id + "/reclassification",
                    json(Map.of("answers", Map.of("no-such-question", true))), "Authorization", ADMIN).status()).isEqualTo(400);
        }
    }

    private static String[] with(String[] common, String extra) {
        String[] all = java.util.Arrays.copyOf(common, common.length + 1);
        all[common.length] = extra;
        return all;
    }
}

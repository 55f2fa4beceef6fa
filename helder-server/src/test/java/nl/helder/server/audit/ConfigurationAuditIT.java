package nl.helder.server.audit;

import nl.helder.server.HelderApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A change of configuration between two starts is an audit entry, with old and new value; secrets never show. */
class ConfigurationAuditIT {

    private static List<String> configurationEntries(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT details FROM audit_event WHERE event_type = 'CONFIGURATION_CHANGED' ORDER BY seq")
                .query(String.class).list();
    }

    @Test
    void aChangedSettingIsRecordedAtTheNextStart() {
        String dataDir = "--helder.data-dir=target/it-data/" + UUID.randomUUID();
        String[] first = {"--server.port=0", dataDir, "--helder.bootstrap-admin.username=config-admin",
                "--helder.bootstrap-admin.password=a-secret-password-1", "--helder.privacy.transcript-retention=90d"};
        try (ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class, first)) {
            List<String> entries = configurationEntries(context);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0)).contains("\"helder.privacy.transcript-retention\":\"90d\"", "(set, not shown)")
                    .doesNotContain("a-secret-password-1");
        }
        try (ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class, first)) {
            assertThat(configurationEntries(context)).as("an unchanged start adds nothing").hasSize(1);
        }
        String[] second = first.clone();
        second[4] = "--helder.privacy.transcript-retention=30d";
        try (ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class, second)) {
            List<String> entries = configurationEntries(context);
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1)).contains("\"changed\":{\"helder.privacy.transcript-retention\":{\"from\":\"90d\",\"to\":\"30d\"}}");
            assertThat(context.getBean(AuditTrail.class).verify().valid()).isTrue();
        }
    }
}

package nl.helder.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throughput runner (not part of {@code verify}: it runs only when asked): {@code -DemailBench=10000} generates
 * that many e-mails ({@link MailGenerator}) into an in-process IMAP mailbox in AUTO mode, then times the mailbox job
 * reading, deciding, storing and answering all of them (SMTP to the same GreenMail), and prints e-mails per second.
 * Run: {@code ./mvnw -q -o -pl helder-server -am verify -Dit.test=MailThroughputIT -DemailBench=10000 -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "emailBench", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=bench-admin",
        "helder.bootstrap-admin.password=bench-admin-password",
        "helder.email.poll-interval=1h",
        "helder.email.batch-size=1000",
        "helder.email.timeout=120s",
        "logging.level.nl.helder=WARN"})
class MailThroughputIT extends ApplicationIT {

    private static final String MAILBOX = "bench@vlinderwonen.example";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, "bench", "bench-secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        MailChannelIT.mailboxAt(registry, 0, MAILBOX, "bench", "AUTO", MAIL);
    }

    @Test
    void emailsPerSecond() throws Exception {
        int count = Integer.getInteger("emailBench");
        long generating = System.nanoTime();
        List<MimeMessage> messages = new MailGenerator().generate(count, MAILBOX);
        messages.forEach(message -> Mails.deliver(MAIL, MAILBOX, message));
        System.out.printf("Generated and delivered %d e-mails in %.1f s%n", count, (System.nanoTime() - generating) / 1e9);

        Map<String, Integer> results = new TreeMap<>();
        long start = System.nanoTime();
        int processed = 0;
        int idle = 0;
        // Done when every message is on record; a run that failed (a timeout under load) is followed by another.
        while (processed < count && idle < 10) {
            HelderClient.Response polled = client.post("/api/v1/admin/email/poll", null, "Authorization",
                    basic("bench-admin", "bench-admin-password"));
            assertThat(polled.status()).as(polled.body()).isEqualTo(200);
            JsonNode counts = polled.json();
            for (String name : counts.propertyNames()) {
                results.merge(name, counts.get(name).asInt(), Integer::sum);
            }
            int before = processed;
            processed = jdbc.sql("SELECT COUNT(*) FROM email_message WHERE direction = 'IN'").query(Integer.class).single();
            idle = processed == before ? idle + 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Processed %d e-mails in %.1f s: %.1f e-mails per second (%s); replies sent: %d%n", processed, seconds,
                processed / seconds, results, MAIL.getReceivedMessagesForDomain("klant.example").length);
        assertThat(processed).isEqualTo(count);
    }
}

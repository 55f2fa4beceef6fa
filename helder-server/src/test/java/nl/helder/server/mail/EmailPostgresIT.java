package nl.helder.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail channel's SQL on PostgreSQL (the tables of V20, the thread look-up by a list of hashes, the locked
 * draft, the outbox claim): an answered question, its thread's next message in the same conversation, and a draft
 * approved, on a real PostgreSQL server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=pg-admin",
        "helder.bootstrap-admin.password=pg-admin-password",
        "helder.email.poll-interval=1h"})
class EmailPostgresIT extends ApplicationIT {

    private static final String AUTO = "auto@vlinderwonen.example";
    private static final String DRAFTS = "drafts@vlinderwonen.example";
    private static final String ADMIN = basic("pg-admin", "pg-admin-password");
    static EmbeddedPostgres postgres;

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(AUTO, "auto", "auto-secret")
                    .withUser(DRAFTS, "drafts", "drafts-secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void setUp(DynamicPropertyRegistry registry) {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        MailChannelIT.mailboxAt(registry, 0, AUTO, "auto", "AUTO", MAIL);
        MailChannelIT.mailboxAt(registry, 1, DRAFTS, "drafts", "DRAFT", MAIL);
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private void poll() {
        assertThat(client.post("/api/v1/admin/email/poll", null, "Authorization", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void answersThreadsAndApprovedDraftsOnPostgresql() throws Exception {
        Mails.deliver(MAIL, AUTO, Mails.text("pg@klant.example", AUTO, "Verzendkosten", "Wat zijn de verzendkosten?", "<p1@klant.example>"));
        poll();
        List<MimeMessage> replies = Mails.to(MAIL, "pg@klant.example");
        assertThat(replies).hasSize(1);
        Mails.deliver(MAIL, AUTO, Mails.text("pg@klant.example", AUTO, "Re: Verzendkosten", "En hoe lang heb ik om iets terug te sturen?",
                "<p2@klant.example>", "In-Reply-To", replies.get(0).getMessageID(), "References", "<p1@klant.example> "
                        + replies.get(0).getMessageID()));
        poll();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT conversation_id) FROM email_message WHERE direction = 'IN' AND mailbox = :m")
                .param("m", AUTO).query(Integer.class).single()).isEqualTo(1);

        Mails.deliver(MAIL, DRAFTS, Mails.text("pg2@klant.example", DRAFTS, "Verzendkosten", "Wat zijn de verzendkosten?", "<p3@klant.example>"));
        poll();
        UUID draft = jdbc.sql("SELECT id FROM email_reply WHERE state = 'DRAFT'").query(UUID.class).single();
        HelderClient.Response approved = client.post("/api/v1/agent/email/drafts/" + draft + "/approve", null, "Authorization", ADMIN);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(Mails.to(MAIL, "pg2@klant.example")).hasSize(1);
        assertThat(jdbc.sql("SELECT state FROM email_reply WHERE id = :id").param("id", draft).query(String.class).single()).isEqualTo("SENT");
    }
}

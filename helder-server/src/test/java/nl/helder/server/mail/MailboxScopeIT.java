package nl.helder.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mailbox answers only from its part of the knowledge base: a returns desk scoped to the tag {@code retour}
 * answers a returns question on its own, and does not answer a shipping-costs question from the shipping article
 * that the whole knowledge base would have used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=scope-admin",
        "helder.bootstrap-admin.password=scope-admin-password",
        "helder.email.poll-interval=1h"})
class MailboxScopeIT extends ApplicationIT {

    private static final String RETURNS = "retour@vlinderwonen.example";
    private static final String ADMIN = basic("scope-admin", "scope-admin-password");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(RETURNS, "retour", "retour-secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        MailChannelIT.mailboxAt(registry, 0, RETURNS, "retour", "AUTO", MAIL);
        registry.add("helder.email.mailboxes[0].knowledge-tags", () -> "retour");
    }

    private JsonNode poll() {
        HelderClient.Response response = client.post("/api/v1/admin/email/poll", null, "Authorization", ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aScopedMailboxAnswersFromItsOwnArticlesOnly() throws Exception {
        String returns = "kim-" + UUID.randomUUID().toString().substring(0, 8) + "@klant.example";
        Mails.deliver(MAIL, RETURNS, Mails.text(returns, RETURNS, "Retour",
                "Hallo,\n\nHoe lang heb ik om iets terug te sturen?\n\nGroet,\nKim", "<r1." + returns + ">"));
        assertThat(poll().get("SENT").asInt()).as("in scope: answered").isEqualTo(1);
        assertThat(Mails.plain(Mails.to(MAIL, returns).get(0))).contains("https://www.vlinderwonen.example/klantenservice/retourneren");

        String shipping = "lou-" + UUID.randomUUID().toString().substring(0, 8) + "@klant.example";
        Mails.deliver(MAIL, RETURNS, Mails.text(shipping, RETURNS, "Verzendkosten",
                "Hallo,\n\nWat zijn de verzendkosten van een bestelling onder de 50 euro?\n\nGroet,\nLou", "<s1." + shipping + ">"));
        JsonNode result = poll();
        assertThat(result.path("SENT").asInt(0)).as("out of scope: no automatic answer from the shipping article").isZero();
        assertThat(Mails.to(MAIL, shipping)).as("nothing sent to the customer").isEmpty();
    }
}

package nl.helder.server.privacy;

import nl.helder.server.DatabaseSearch;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator keeps e-mail addresses for call-backs: encrypted, findable by address, erasable, expiring. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=keeper",
        "helder.bootstrap-admin.password=keeper-password-123",
        "helder.privacy.keep=EMAIL",
        "helder.privacy.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="})
class KeptValuesIT extends ApplicationIT {

    private static final String ADMIN = basic("keeper", "keeper-password-123");

    @Test
    void aKeptAddressIsStoredOnlyEncryptedAndCanBeExportedAndErasedByAddress() {
        String address = "terugbel.klant@example.nl";
        JsonNode conversation = client.startConversation("nl");
        JsonNode turn = client.say(conversation, "Bel me terug of mail naar " + address).json();
        assertThat(turn.get("messages").get(0).get("text").asString()).isEqualTo("Bel me terug of mail naar [EMAIL]");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM kept_value").query(Long.class).single()).isEqualTo(1);
        assertThat(DatabaseSearch.rowsContaining(jdbc, address)).as("plain text anywhere in the database").isZero();
        assertThat(DatabaseSearch.rowsContaining(jdbc, "terugbel")).isZero();

        JsonNode export = client.post("/api/v1/admin/privacy/contacts/export",
                HelderClient.json(Map.of("value", " Terugbel.Klant@example.nl ")), "Authorization", ADMIN).json();
        assertThat(export.get("conversations").asInt()).isEqualTo(1);
        assertThat(export.get("exports").get(0).get("conversation").get("keptValues").get(0).get("value").asString()).isEqualTo(address);

        JsonNode erased = client.post("/api/v1/admin/privacy/contacts/erase", HelderClient.json(Map.of("value", address)),
                "Authorization", ADMIN).json();
        assertThat(erased.get("erased").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kept_value").query(Long.class).single()).isZero();
        assertThat(client.post("/api/v1/admin/privacy/contacts/export", HelderClient.json(Map.of("value", address)),
                "Authorization", ADMIN).json().get("conversations").asInt()).isZero();
    }

    @Test
    void keptValuesExpire() {
        client.say(client.startConversation("en"), "email me at expiring.address@example.com");
        jdbc.sql("UPDATE kept_value SET expires_at = DATEADD('DAY', -1, CURRENT_TIMESTAMP)").update();

        client.post("/api/v1/admin/privacy/retention/run", null, "Authorization", ADMIN);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM kept_value").query(Long.class).single()).isZero();
    }
}

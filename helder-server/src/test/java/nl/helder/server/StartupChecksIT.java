package nl.helder.server;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting the real application: refused without a disclosure, and several instances side by side. */
class StartupChecksIT {

    private static String dataDir() {
        return "--helder.data-dir=" + Path.of("target", "it-data", UUID.randomUUID().toString());
    }

    @Test
    void refusesToStartWithTheDisclosureSwitchedOff() {
        assertThatThrownBy(() -> SpringApplication.run(HelderApplication.class, "--server.port=0", dataDir(),
                "--helder.disclosure.enabled=false"))
                .hasStackTraceContaining("helder.disclosure.enabled=false is not allowed")
                .hasStackTraceContaining("Art. 50(1)");
    }

    @Test
    void refusesADisclosureThatDoesNotSayItIsAnAi() {
        assertThatThrownBy(() -> SpringApplication.run(HelderApplication.class, "--server.port=0", dataDir(),
                "--helder.disclosure.message.nl=Welkom bij onze winkel!"))
                .hasStackTraceContaining("helder.disclosure.message.nl must say that the customer talks to an AI");
    }

    @Test
    void refusesALanguageWithoutDisclosureTexts() {
        assertThatThrownBy(() -> SpringApplication.run(HelderApplication.class, "--server.port=0", dataDir(),
                "--helder.conversation.locales=nl,en,es"))
                .hasStackTraceContaining("missing for [es]");
    }

    @Test
    void refusesToKeepOriginalsWithoutAnEncryptionKey() {
        assertThatThrownBy(() -> SpringApplication.run(HelderApplication.class, "--server.port=0", dataDir(),
                "--helder.privacy.keep=EMAIL"))
                .hasStackTraceContaining("helder.privacy.keep=[EMAIL] needs helder.privacy.encryption-key");
    }

    @Test
    void twoInstancesRunSideBySideWithTheirOwnDataDirectories() {
        try (ConfigurableApplicationContext first = SpringApplication.run(HelderApplication.class, "--server.port=0", dataDir());
             ConfigurableApplicationContext second = SpringApplication.run(HelderApplication.class, "--server.port=0", dataDir())) {
            int firstPort = Integer.parseInt(first.getEnvironment().getProperty("local.server.port"));
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            assertThat(firstPort).isNotEqualTo(secondPort);

            var conversation = new HelderClient(firstPort).startConversation("nl");
            assertThat(new HelderClient(secondPort).get("/api/v1/conversations/" + conversation.get("id").asString(),
                    "Authorization", "Bearer " + conversation.get("token").asString()).status()).isEqualTo(404);
            assertThat(new HelderClient(secondPort).get("/actuator/health").body()).contains("UP");
        }
    }
}

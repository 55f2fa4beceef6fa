package nl.helder.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe against a real Helder started from its jar, with its default compliance settings: every check passes. */
class HelderProbeIT {

    private static Process helder;
    private static int port;

    @BeforeAll
    static void startHelder(@TempDir Path data) throws Exception {
        Path jar = Path.of(System.getProperty("helder.jar", "../helder-server/target/helder.jar"));
        assertThat(jar).as("build helder-server first").exists();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // Only the operational rate limit is raised: the probe opens some 35 conversations from one address.
        helder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--helder.data-dir=" + data, "--helder.conversation.starts-per-minute-per-client=1000")
                .redirectErrorStream(true).redirectOutput(data.resolve("helder.log").toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("Helder did not start; see " + data.resolve("helder.log"));
    }

    @AfterAll
    static void stopHelder() throws InterruptedException {
        if (helder != null) {
            helder.destroy();
            helder.waitFor();
        }
    }

    @Test
    void aDefaultHelderPassesEveryCheck(@TempDir Path out) throws Exception {
        int exit = ProbeCommand.run("--target", "http://localhost:" + port, "--report", out.toString(), "--rate", "50");

        JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve("report.json")));
        assertThat(report.path("checks")).hasSize(7);
        report.path("checks").forEach(check -> assertThat(check.path("verdict").asText()).as(check.toString()).isEqualTo("PASS"));
        assertThat(exit).isZero();
        assertThat(Files.readString(out.resolve("junit.xml"))).contains("tests=\"7\" failures=\"0\"");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Je chat nu met onze AI-assistent");
    }
}

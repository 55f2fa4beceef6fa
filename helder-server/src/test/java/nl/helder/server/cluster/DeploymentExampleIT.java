package nl.helder.server.cluster;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copyable two-node deployment in {@code deploy/two-nodes} stays valid: nginx (Debian's, installed by
 * {@code .ci/run}) accepts its configuration, and the node settings name the shared database and the proxy as the
 * only trusted one.
 */
class DeploymentExampleIT {

    private static final Path EXAMPLE = Path.of("..", "deploy", "two-nodes");

    @Test
    void nginxAcceptsTheExampleConfiguration() throws Exception {
        Path prefix = Files.createTempDirectory(Path.of("target"), "nginx-example");
        Process check = new ProcessBuilder("nginx", "-t", "-c", EXAMPLE.resolve("nginx.conf").toAbsolutePath().toString(),
                "-p", prefix.toAbsolutePath().toString(), "-g", "error_log stderr;").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("syntax is ok");
    }

    @Test
    void theNodeSettingsShareTheDatabaseAndTrustOnlyTheProxy() throws Exception {
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(EXAMPLE.resolve("helder-node.properties"))) {
            settings.load(in);
        }
        assertThat(settings.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
        assertThat(settings.getProperty("helder.web.trusted-proxies")).isEqualTo("127.0.0.1");
        assertThat(settings.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(Files.readString(EXAMPLE.resolve("nginx.conf"))).contains("proxy_buffering off", "X-Forwarded-For");
    }
}

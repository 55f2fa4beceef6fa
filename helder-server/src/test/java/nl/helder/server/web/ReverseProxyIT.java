package nl.helder.server.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a real nginx: the proxy reaches Helder from 127.0.0.2, the only trusted proxy, and clients come from
 * other loopback addresses. Limits then apply per real client, a client cannot pose as another by writing
 * {@code X-Forwarded-For} itself (through the proxy or around it), and a request that reached the proxy over
 * TLS is treated as secure (HSTS, redirects) while one that did not, or that only claims it, is not.
 * nginx comes from Debian's package ({@code .ci/run} installs it); without it the test is skipped on a developer
 * machine and fails under CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.web.trusted-proxies=127.0.0.2",
        "helder.conversation.starts-per-minute-per-client=2"})
class ReverseProxyIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static Process nginx;
    private static Path folder;
    private static int plainPort;
    private static int tlsPort;

    @LocalServerPort
    int port;

    private record Response(int status, String head) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    @BeforeAll
    static void nginxAvailable() {
        if (!Files.isExecutable(NGINX)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("nginx is not installed: the reverse-proxy test must run in CI");
            }
            Assumptions.abort("nginx is not installed (apt-get install nginx-light)");
        }
    }

    private synchronized void startNginx() throws Exception {
        if (nginx != null) {
            return;
        }
        folder = Files.createTempDirectory(Path.of("target"), "nginx-").toAbsolutePath();
        Files.createDirectories(folder.resolve("tmp"));
        plainPort = freePort();
        tlsPort = freePort();
        String location = """
                    location / {
                        proxy_pass http://127.0.0.1:%d;
                        proxy_bind 127.0.0.2;
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto %s;
                        proxy_set_header X-Forwarded-Port %s;
                    }
                """;
        // The second listener stands for the TLS terminator: it says https, as nginx does with $scheme behind ssl.
        String config = """
                worker_processes 1;
                daemon off;
                user root;
                error_log %1$s/error.log;
                pid %1$s/nginx.pid;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp; proxy_temp_path %1$s/tmp; fastcgi_temp_path %1$s/tmp;
                    uwsgi_temp_path %1$s/tmp; scgi_temp_path %1$s/tmp;
                    server { listen 127.0.0.1:%2$d; %4$s }
                    server { listen 127.0.0.1:%3$d; %5$s }
                }
                """.formatted(folder, plainPort, tlsPort, location.formatted(port, "http", "80"), location.formatted(port, "https", "443"));
        Files.writeString(folder.resolve("nginx.conf"), config);
        nginx = new ProcessBuilder(NGINX.toString(), "-p", folder.toString(), "-c", folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", plainPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + folder.resolve("error.log"));
    }

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void limitsApplyPerRealClientAndForwardedHeadersFromElsewhereAreIgnored() throws Exception {
        startNginx();
        String start = "POST /api/v1/conversations HTTP/1.1\r\nHost: shop.example\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n%s\r\n{}";
        // Client A (127.0.0.3) through the proxy: two a minute, the third is refused.
        assertThat(send("127.0.0.3", plainPort, start.formatted("")).status()).isEqualTo(201);
        assertThat(send("127.0.0.3", plainPort, start.formatted("")).status()).isEqualTo(201);
        assertThat(send("127.0.0.3", plainPort, start.formatted("")).status()).isEqualTo(429);
        // Client B behind the same proxy is another client, not A's neighbour in one shared limit.
        assertThat(send("127.0.0.4", plainPort, start.formatted("")).status()).isEqualTo(201);
        // C writes A's address into the header: the proxy appends C's real address, and that is the one believed.
        assertThat(send("127.0.0.5", plainPort, start.formatted("X-Forwarded-For: 127.0.0.4, 127.0.0.4\r\n")).status()).isEqualTo(201);
        assertThat(send("127.0.0.5", plainPort, start.formatted("X-Forwarded-For: 127.0.0.4\r\n")).status()).isEqualTo(201);
        assertThat(send("127.0.0.5", plainPort, start.formatted("X-Forwarded-For: 127.0.0.99\r\n")).status())
                .as("C's own limit, whatever it claims").isEqualTo(429);
        // D goes around the proxy and claims to be the proxy's client: not a trusted proxy, so ignored.
        assertThat(send("127.0.0.6", port, start.formatted("X-Forwarded-For: 127.0.0.3\r\n")).status()).isEqualTo(201);
    }

    @Test
    void tlsAtTheProxyMakesRequestsSecureAndAClaimAroundItDoesNot() throws Exception {
        startNginx();
        String get = "GET %s HTTP/1.1\r\nHost: shop.example\r\nConnection: close\r\n%s\r\n";
        Response overTls = send("127.0.0.7", tlsPort, get.formatted("/", ""));
        assertThat(overTls.header("Strict-Transport-Security")).isNotNull();
        Response plain = send("127.0.0.7", plainPort, get.formatted("/", ""));
        assertThat(plain.header("Strict-Transport-Security")).isNull();
        Response claimed = send("127.0.0.7", port, get.formatted("/", "X-Forwarded-Proto: https\r\n"));
        assertThat(claimed.header("Strict-Transport-Security")).as("a claim from an untrusted address").isNull();

        Response redirect = send("127.0.0.7", tlsPort, get.formatted("/console/", ""));
        assertThat(redirect.status()).isEqualTo(302);
        String location = redirect.header("Location");
        assertThat(location).satisfiesAnyOf(
                value -> assertThat(value).startsWith("https://shop.example/"),
                value -> assertThat(value).startsWith("/"));
    }

    /** A raw HTTP/1.1 exchange from a chosen loopback address, so each test client has an address of its own. */
    private static Response send(String from, int to, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), to, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            return new Response(Integer.parseInt(head.substring(9, 12)), head);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package nl.helder.server.storage;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.helder.server.HelderApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Helder nodes on one PostgreSQL, as behind a load balancer: a member of staff signed in on one node is
 * signed in on the other (sessions in the database, Spring Session JDBC), and the nightly retention job runs on
 * one node only when both fire at once (ShedLock).
 */
class TwoNodesIT {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void twoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
        nodeA = node();
        nodeB = node();
    }

    private static ConfigurableApplicationContext node() {
        return SpringApplication.run(HelderApplication.class, "--server.port=0",
                "--helder.data-dir=" + Path.of("target", "it-data", UUID.randomUUID().toString()),
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--helder.bootstrap-admin.username=nodes-admin", "--helder.bootstrap-admin.password=nodes-admin-password",
                "--helder.handoff.opens=00:00", "--helder.handoff.closes=00:00", "--helder.conversation.starts-per-minute-per-client=1000",
                // A closed console is noticed at the next heartbeat write; a short one keeps the test short.
                "--helder.web.stream-heartbeat=1s",
                "--helder.handoff.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                // Browsers send the secure cookie to http://localhost; this test's client is not a browser.
                "--server.servlet.session.cookie.secure=false");
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("HELDER_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    @Test
    void aMemberOfStaffSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=nodes-admin&password=" + URLEncoder.encode("nodes-admin-password", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = cookie(signedIn);
        assertThat(session).isNotNull();

        HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/staff/me"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("nodes-admin");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/staff/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void anAgentConnectedToOneNodeIsAvailableOnTheOtherUntilTheConnectionEnds() throws Exception {
        String customerOnA = handoffText();
        assertThat(customerOnA).as("nobody connected anywhere").startsWith("Er is op dit moment geen medewerker beschikbaar");

        String admin = "Basic " + java.util.Base64.getEncoder().encodeToString("nodes-admin:nodes-admin-password".getBytes(StandardCharsets.UTF_8));
        CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream = http.sendAsync(
                HttpRequest.newBuilder(URI.create(base(nodeB) + "/api/v1/agent/events")).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> connected = stream.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(connected.statusCode()).isEqualTo(200);
        try {
            assertThat(handoffText()).as("the agent on node B counts on node A").startsWith("Ik geef je door aan een collega");
        } finally {
            connected.body().close();
        }
        long deadline = System.nanoTime() + 15_000_000_000L;
        String after = handoffText();
        while (!after.startsWith("Er is op dit moment geen medewerker") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = handoffText();
        }
        assertThat(after).as("the connection ended").startsWith("Er is op dit moment geen medewerker beschikbaar");

        // A node that died leaves its row behind; once not refreshed within the expiry it no longer counts.
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        jdbc.sql("INSERT INTO agent_presence (node_id, username, connections, last_seen) VALUES ('dead-node', 'ghost', 1, :at)")
                .param("at", System.currentTimeMillis() - 31_000).update();
        assertThat(handoffText()).startsWith("Er is op dit moment geen medewerker beschikbaar");
        jdbc.sql("UPDATE agent_presence SET last_seen = :at WHERE node_id = 'dead-node'").param("at", System.currentTimeMillis()).update();
        assertThat(handoffText()).as("a live row counts").startsWith("Ik geef je door aan een collega");
        jdbc.sql("DELETE FROM agent_presence WHERE node_id = 'dead-node'").update();
    }

    /** A customer on node A asks for a person; the hand-off message says whether someone is available. */
    private String handoffText() throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/conversations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"locale\":\"nl\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(started.body());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(started.body());
        assertThat(id.find() && token.find()).isTrue();
        HttpResponse<String> handoff = http.send(HttpRequest.newBuilder(URI.create(base(nodeA) + "/api/v1/conversations/" + id.group(1) + "/handoff"))
                .header("Authorization", "Bearer " + token.group(1)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher text = Pattern.compile("\"kind\":\"HANDOFF\",\"text\":\"([^\"]+)\"").matcher(handoff.body());
        assertThat(text.find()).as(handoff.body()).isTrue();
        return text.group(1);
    }

    @Test
    void theRetentionJobRunsOnOneNodeWhenBothFireAtOnce() throws Exception {
        Object jobA = nodeA.getBean("retentionJob");
        Object jobB = nodeB.getBean("retentionJob");
        var scheduled = jobA.getClass().getMethod("scheduled");
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> invoke(scheduled, jobA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> invoke(scheduled, jobB));
        CompletableFuture.allOf(a, b).join();

        double runs = nodeA.getBean(MeterRegistry.class).counter("helder.retention.runs").count()
                + nodeB.getBean(MeterRegistry.class).counter("helder.retention.runs").count();
        assertThat(runs).isEqualTo(1.0);
    }

    private static void invoke(java.lang.reflect.Method method, Object target) {
        try {
            method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

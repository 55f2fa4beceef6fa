package nl.helder.server.security;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.helder.server.HelderApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Helder nodes behind one PostgreSQL database enforce one limit: failures on either node count together,
 * also when they arrive at the same moment (no count is lost), and a wait started on one node holds on the other.
 */
class SignInThrottleAcrossNodesIT {

    private static final String STAFF = "/api/v1/staff/me";
    private static final int ADDRESS_FREE = 20;
    private static final String ADMIN = basic("nodes-admin", "nodes-admin-password");
    private static final String OFFICE = "127.0.0.1";

    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodesOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        first = node();
        second = node();
        assertThat(on(first, OFFICE).get(STAFF, "Authorization", ADMIN).status()).as("the administrator's known address").isEqualTo(200);
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(HelderApplication.class)
                // Arguments, not default properties: application.yml would win over those (server.port=8080).
                .run(
                        "--server.port=0",
                        "--helder.data-dir=target/it-data/" + UUID.randomUUID(),
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        // The embedded server runs without fsync; durability is not what this test is about.
                        "--helder.storage.allow-unsafe-server=true",
                        "--helder.bootstrap-admin.username=nodes-admin", "--helder.bootstrap-admin.password=nodes-admin-password",
                        "--helder.sign-in.account-free-failures=3",
                        "--helder.sign-in.address-free-failures=" + ADDRESS_FREE,
                        "--helder.sign-in.first-delay=1m");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static FromAddress on(ConfigurableApplicationContext node, String address) {
        return new FromAddress(address, ((WebServerApplicationContext) node).getWebServer().getPort());
    }

    @Test
    void failuresOnEitherNodeCountTogether() {
        String account = "nodes-admin";
        String address = "127.0.20.10";
        for (int i = 1; i <= 4; i++) {
            FromAddress node = on(i % 2 == 0 ? first : second, address);
            assertThat(node.get(STAFF, "Authorization", basic(account, "guess-" + i)).status()).as("guess %d", i).isEqualTo(401);
        }
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            FromAddress.Response refused = on(node, "127.0.21.10").get(STAFF, "Authorization", ADMIN);
            assertThat(refused.status()).as("two guesses on each node: the account waits on both").isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotNull();
            assertThat(on(node, OFFICE).get(STAFF, "Authorization", ADMIN).status()).as("but not at the known address").isEqualTo(200);
        }
    }

    @Test
    void simultaneousFailuresOnBothNodesAreAllCounted() throws Exception {
        String address = "127.0.22.10";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < ADDRESS_FREE; i++) {
                FromAddress node = on(i % 2 == 0 ? first : second, address);
                String account = "sprayed-" + i;
                guesses.add(pool.submit(() -> node.get(STAFF, "Authorization", basic(account, "Winter2026!")).status()));
            }
            for (Future<Integer> guess : guesses) {
                assertThat(guess.get()).as("within the free failures of the address").isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT failures FROM sign_in_attempts WHERE account = '' AND address = :a").param("a", address)
                .query(Integer.class).single()).as("no failure lost between the nodes").isEqualTo(ADDRESS_FREE);

        assertThat(on(first, address).get(STAFF, "Authorization", basic("sprayed-x", "Winter2026!")).status())
                .as("one more: the wait starts").isEqualTo(401);
        assertThat(on(second, address).get(STAFF, "Authorization", basic("sprayed-y", "Winter2026!")).status())
                .as("and holds on the other node").isEqualTo(429);

        FromAddress.Response slowed = on(second, OFFICE).get("/api/v1/admin/sign-in/slowed", "Authorization", ADMIN);
        assertThat(slowed.status()).isEqualTo(200);
        assertThat(slowed.body()).contains("\"address\":\"" + address + "\"");
        assertThat(on(first, OFFICE).delete("/api/v1/admin/sign-in/slowed/addresses/" + address, "Authorization", ADMIN).status())
                .isEqualTo(204);
        assertThat(on(second, address).get(STAFF, "Authorization", basic("sprayed-z", "Winter2026!")).status())
                .as("lifted on one node, lifted on both").isEqualTo(401);
    }
}

package nl.helder.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.helder.server.HelderApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On PostgreSQL a confirmed write is as durable as the server makes it: Helder refuses a server that does not
 * force writes to disk, and its own sessions commit synchronously even where the server's default is not to.
 */
class PostgresDurabilityIT {

    private static String[] arguments(EmbeddedPostgres postgres, String... more) {
        String[] base = {"--server.port=0", "--helder.data-dir=" + Path.of("target", "it-data", UUID.randomUUID().toString()),
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void refusesAServerThatDoesNotForceWritesToDisk() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start()) {
            assertThatThrownBy(() -> SpringApplication.run(HelderApplication.class, arguments(postgres)).close())
                    .hasStackTraceContaining("fsync=off");

            try (ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class,
                    arguments(postgres, "--helder.storage.allow-unsafe-server=true"))) {
                assertThat(context.isRunning()).as("starts when the operator accepts the risk").isTrue();
            }
        }
    }

    @Test
    void sessionsCommitSynchronouslyWhereTheServerDefaultIsAsynchronous() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "off").start();
             ConfigurableApplicationContext context = SpringApplication.run(HelderApplication.class, arguments(postgres))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        }
    }
}

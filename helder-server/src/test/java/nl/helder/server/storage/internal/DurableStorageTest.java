package nl.helder.server.storage.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The durable wrapper's life: made for an H2 file database, and closed with Helder so the database closes cleanly. */
class DurableStorageTest {

    @TempDir
    Path folder;

    @Test
    void shuttingDownClosesTheDatabaseAndRefusesLaterCommits() throws Exception {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + folder.resolve("helder") + ";DB_CLOSE_ON_EXIT=FALSE");
        pool.setUsername("sa");
        pool.setPassword("");
        DurableStorage storage = new DurableStorage(new StandardEnvironment());
        DataSource durable = (DataSource) storage.postProcessAfterInitialization(pool, "dataSource");
        assertThat(durable).isInstanceOf(DurableConnections.class);

        MVStore store;
        Connection connection = durable.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE turn (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO turn VALUES (1)"); // auto-commit: waits for the sync, which opens its connection
            store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        }
        connection.close();

        pool.close(); // Spring closes the pool first (see DurableStorage#destroy)
        assertThat(store.isClosed()).as("the sync's own connection still holds the database open").isFalse();
        storage.destroy();
        assertThat(store.isClosed()).as("closed once the sync's connection is").isTrue();

        DurableConnections wrapper = (DurableConnections) durable;
        HikariDataSource reopened = new HikariDataSource();
        reopened.setJdbcUrl(pool.getJdbcUrl());
        reopened.setUsername("sa");
        reopened.setPassword("");
        try (reopened; Connection again = new DurableConnections(reopened, new GroupSync(() -> { })).getConnection();
             Statement statement = again.createStatement()) {
            var rows = statement.executeQuery("SELECT COUNT(*) FROM turn");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        assertThat(wrapper.finalFailure()).isEmpty();
        assertThatThrownBy(() -> wrapper.groupSync().awaitDurable()).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }
}

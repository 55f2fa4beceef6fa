package nl.helder.server.storage.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.StandardEnvironment;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The durable wrapper's life in a Spring context, as the server has it: the pool is Boot's bean, the wrapper comes from
 * the post-processor, and closing the context closes the pool, then the sync, so the database closes cleanly.
 */
class DurableStorageTest {

    @TempDir
    Path folder;

    @Test
    void closingTheContextClosesTheDatabaseAndRefusesLaterCommits() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("helder") + ";DB_CLOSE_ON_EXIT=FALSE";
        MVStore store;
        DurableConnections wrapper;
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(DurableStorage.class, () -> new DurableStorage(new StandardEnvironment()));
            context.registerBean("dataSource", HikariDataSource.class, () -> pool(url));
            context.refresh();
            DataSource dataSource = context.getBean("dataSource", DataSource.class);
            assertThat(dataSource).isInstanceOf(DurableConnections.class);
            wrapper = (DurableConnections) dataSource;
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE turn (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO turn VALUES (1)"); // auto-commit: waits for the sync, which opens its connection
                store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            }
            assertThat(store.isClosed()).isFalse();
        }
        assertThat(store.isClosed()).as("the database, once the context closed (pool first, then the sync's connection)").isTrue();
        assertThat(wrapper.groupSync().finalFailure()).as("a shutdown is no failed write").isEmpty();
        assertThatThrownBy(() -> wrapper.groupSync().awaitDurable()).isInstanceOf(SQLException.class).hasMessageContaining("closed");

        try (HikariDataSource reopened = pool(url); Connection again = reopened.getConnection();
             Statement statement = again.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM turn")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }
}

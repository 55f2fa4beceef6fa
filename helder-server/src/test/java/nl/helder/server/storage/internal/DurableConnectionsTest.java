package nl.helder.server.storage.internal;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DurableConnectionsTest {

    @Test
    void readsAndLocksAreNotChangesEverythingElseIs() {
        assertThat(DurableConnections.changes("SELECT * FROM t")).isFalse();
        assertThat(DurableConnections.changes("  /* hint */ select seq FROM audit_head WHERE id = 1 FOR UPDATE")).isFalse();
        assertThat(DurableConnections.changes("-- comment\n(SELECT 1)")).isFalse();
        assertThat(DurableConnections.changes("VALUES 1")).isFalse();
        assertThat(DurableConnections.changes("INSERT INTO t VALUES (1)")).isTrue();
        assertThat(DurableConnections.changes("update t set a = 1")).isTrue();
        assertThat(DurableConnections.changes("DELETE FROM t")).isTrue();
        assertThat(DurableConnections.changes("MERGE INTO t KEY(id) VALUES (1)")).isTrue();
        assertThat(DurableConnections.changes("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x")).isTrue();
        assertThat(DurableConnections.changes("")).isTrue();
    }

    @Test
    void aCommitThatChangedSomethingWaitsForASyncAndReadsDoNot() throws SQLException {
        AtomicInteger syncs = new AtomicInteger();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:durable-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        DurableConnections dataSource = new DurableConnections(h2, new GroupSync(syncs::incrementAndGet));

        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (id INT PRIMARY KEY)"); // auto-commit: durable at once
            }
            assertThat(syncs).hasValue(1);

            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setInt(1, 1);
                insert.executeUpdate();
            }
            assertThat(syncs).as("not before the commit").hasValue(1);
            connection.commit();
            assertThat(syncs).hasValue(2);

            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM t");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            connection.commit();
            assertThat(syncs).as("a read-only commit").hasValue(2);

            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (2)")) {
                insert.executeUpdate();
            }
            connection.rollback();
            connection.commit();
            assertThat(syncs).as("a rolled-back change").hasValue(2);

            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (3)")) {
                insert.executeUpdate();
            }
            connection.setAutoCommit(true);
            assertThat(syncs).as("switching auto-commit on commits").hasValue(3);
            assertThat(connection.unwrap(org.h2.jdbc.JdbcConnection.class)).isNotNull();
        }
    }
}

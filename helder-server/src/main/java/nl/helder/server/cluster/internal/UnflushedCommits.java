package nl.helder.server.cluster.internal;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL connections whose commits do not wait for the WAL flush ({@code synchronous_commit=off}), set back to
 * {@code on} when handed back: every pooled connection commits synchronously (the storage feature's policy). For rate-limit buckets only: a bucket that forgets its last moments in a
 * crash lets a client a few requests more, while waiting for the disk on every limited request would cost every
 * turn a second flush.
 */
final class UnflushedCommits extends DelegatingDataSource {

    UnflushedCommits(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = obtainTargetDataSource().getConnection();
        try {
            set(connection, "off");
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        try {
                            if (!connection.isClosed()) {
                                if (!connection.getAutoCommit()) {
                                    connection.rollback(); // nothing is left open; a SET must not join a failed transaction
                                }
                                set(connection, "on");
                            }
                        } finally {
                            connection.close();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void set(Connection connection, String value) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit TO " + value);
        } finally {
            if (!autoCommit) {
                connection.setAutoCommit(false);
            }
        }
    }
}

package nl.helder.server.storage.internal;

import com.zaxxer.hikari.HikariDataSource;
import nl.helder.server.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the application's {@link DataSource} durable before any feature (or Flyway) uses it.
 * <ul>
 *   <li><b>H2 file database</b>: connections are wrapped ({@link DurableConnections}) so that a commit that changed
 *       something returns only once {@link H2Sync} has written it to the file and forced the file to disk, a write
 *       and an {@code fsync} shared with concurrent commits ({@link GroupSync}) and issued on a connection of its own
 *       so that a full pool can never block it.</li>
 *   <li><b>PostgreSQL</b>: every pooled connection starts with {@code SET synchronous_commit TO on}, so a server or
 *       role configured for asynchronous commits cannot lose confirmed writes; {@link PostgresDurabilityCheck}
 *       refuses a server with {@code fsync=off}.</li>
 * </ul>
 * A post-processor rather than a bean of our own because Boot's auto-configured pool must stay the one every
 * feature, Flyway and Spring Session already receive.
 */
final class DurableStorage implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DurableStorage.class);

    private final Environment environment;

    DurableStorage(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool) || !properties().durableCommits()) {
            return bean;
        }
        String url = pool.getJdbcUrl();
        if (url == null) {
            return bean;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            if (pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql("SET synchronous_commit TO on");
            }
            return bean;
        }
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")) {
            H2Sync sync = new H2Sync(url, pool.getUsername(), pool.getPassword());
            log.info("Commits on the H2 database are forced to disk before they are confirmed (grouped fsync)");
            return new DurableConnections(pool, new GroupSync(sync));
        }
        return bean;
    }

    private StorageProperties properties() {
        return Binder.get(environment).bind("helder.storage", StorageProperties.class)
                .orElseGet(() -> new StorageProperties(true, false));
    }

    /**
     * Forces every commit made so far to disk, on one connection kept for it (opened on first use, reopened if it
     * broke).
     * <p>
     * For a database in this JVM (Helder's own) it works on the H2 store directly: {@link MVStore#commit()} writes
     * what the transactions committed since the last write in <em>one</em> chunk, then the file is forced through
     * {@link FileStore#executeFileStoreOperation}, which first waits for any write H2's background writer has queued
     * on its executors. That wait is why this is not {@code CHECKPOINT SYNC}: when the background writer has already
     * taken a commit's pages but not yet written them, {@code CHECKPOINT SYNC} finds nothing unsaved and forces a file
     * the write has not reached (the race an earlier attempt at this was reverted for). Commits themselves no longer
     * write (Helder's H2 address leaves {@code WRITE_DELAY} at H2's default when commits are durable), so concurrent
     * turns share one chunk write as they share one {@code fsync} (issue 18: the per-commit write was a third of a
     * turn's CPU). {@code PowerCutDurabilityTest} cuts the power under this and checks nothing acknowledged is lost.
     * <p>
     * A database in another process ({@code jdbc:h2:tcp:}) cannot be reached that way: it gets
     * {@code SET WRITE_DELAY 0} (each commit written when it happens) and {@code CHECKPOINT SYNC}.
     */
    static final class H2Sync implements GroupSync.Sync {
        private final String url;
        private final String user;
        private final String password;
        private Connection connection;
        private MVStore store;

        H2Sync(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public synchronized void sync() throws SQLException {
            try {
                syncOnce();
            } catch (SQLException | RuntimeException e) {
                close();
                syncOnce();
            }
        }

        private void syncOnce() throws SQLException {
            open();
            if (store == null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
                return;
            }
            if (store.isClosed()) {
                throw new SQLException("the H2 store is closed; the commit may not be on disk");
            }
            store.commit();
            FileStore<?> file = store.getFileStore();
            if (file != null) {
                file.executeFileStoreOperation(file::sync);
            }
        }

        private void open() throws SQLException {
            if (connection != null && !connection.isClosed()) {
                return;
            }
            connection = DriverManager.getConnection(url, user, password);
            store = embeddedStore(connection);
            if (store == null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }

        /** The store of a database opened in this JVM, or {@code null} for a remote one. */
        private static MVStore embeddedStore(Connection connection) throws SQLException {
            if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    && session.getDatabase().isPersistent()) {
                return session.getDatabase().getStore().getMvStore();
            }
            return null;
        }

        private void close() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // a broken connection is replaced either way
            } finally {
                connection = null;
                store = null;
            }
        }
    }
}

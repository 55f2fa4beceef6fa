package nl.helder.server.storage.internal;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forces every commit made so far on an H2 database to disk; {@link GroupSync} calls it for the commits that wait.
 * <p>
 * <b>A database in this JVM</b> (Helder's own): {@link MVStore#commit()} writes what the transactions committed
 * since the last write in <em>one</em> chunk, then the file is forced through
 * {@link FileStore#executeFileStoreOperation}, which first waits for every write H2's background writer has queued
 * on its two executors. That wait is why this is not {@code CHECKPOINT SYNC}: when the background writer has already
 * taken a commit's pages but not yet written them, {@code CHECKPOINT SYNC} finds nothing unsaved and forces a file
 * the write has not reached. Commits themselves do not write (Helder's H2 address leaves {@code WRITE_DELAY} at H2's
 * default when commits are durable), so concurrent turns share one chunk write as they share one {@code fsync}.
 * <p>
 * Three rules keep a sync from confirming what is not on disk:
 * <ul>
 *   <li><b>A failure is final.</b> When writing or forcing fails, H2 gives up its store (it closes it), and a
 *       retry could only reopen the database from the file and "succeed" with nothing to write; and after a failed
 *       {@code fsync} a second one may report success for pages the kernel already dropped. So after the first
 *       failure every later sync fails too, until Helder restarts (PostgreSQL panics on a failed {@code fsync} for
 *       the same reason).</li>
 *   <li><b>Nobody interrupts the work.</b> H2's waits for its executors swallow an interrupt and return early, so
 *       the sync runs on a thread of its own; a caller interrupted while it waits gets an exception, not a
 *       confirmation.</li>
 *   <li><b>A store that closed during the sync</b> (a shutdown) confirms nothing.</li>
 * </ul>
 * Every ten seconds the same thread also forces what H2's background writer wrote on its own (it compacts old
 * chunks, and H2 reuses their space 45 seconds later, assuming the file has reached the disk by then).
 * <p>
 * <b>A database in another process</b> ({@code jdbc:h2:tcp:}) cannot be reached that way: it gets
 * {@code SET WRITE_DELAY 0} (each commit written when it happens) and {@code CHECKPOINT SYNC}, retried once on a
 * new connection.
 */
final class H2Sync implements GroupSync.Sync {

    private static final Logger log = LoggerFactory.getLogger(H2Sync.class);
    private static final long PERIODIC_SECONDS = 10;

    private final String url;
    private final String user;
    private final String password;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "helder-h2-sync");
        thread.setDaemon(true);
        return thread;
    });
    // Touched on the worker thread only, but failure is read by the health check too.
    private Connection connection;
    private MVStore store;
    private volatile SQLException failure;
    private boolean closed;

    H2Sync(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        worker.scheduleWithFixedDelay(this::periodic, PERIODIC_SECONDS, PERIODIC_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void sync() throws SQLException {
        Future<Void> done;
        try {
            done = worker.submit(() -> {
                syncOnce(true);
                return null;
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw closedError(e);
        }
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the commit to reach the disk: not confirmed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("the commit could not be forced to disk", e.getCause());
        }
    }

    @Override
    public Optional<SQLException> finalFailure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Stops the sync when Helder shuts down, after the connection pool has closed: closes its own connection, the
     * last one, so H2 closes the database cleanly (a clean file opens without recovery) instead of at the JVM's exit,
     * and ends its thread. Syncs asked for before run first and confirm as always; one asked for after gets an error,
     * never a confirmation, and is not counted as a failed write. Nothing is interrupted (see the class comment): a
     * sync still running after ten seconds is left to finish on its daemon thread.
     */
    void close() {
        try {
            worker.submit(() -> {
                closed = true;
                closeConnection();
            });
        } catch (java.util.concurrent.RejectedExecutionException alreadyClosed) {
            return;
        }
        worker.shutdown(); // queued syncs still run (and refuse: closed), the periodic force is dropped
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("The H2 sync was still working ten seconds into the shutdown; left to finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SQLException closedError(Exception cause) {
        return new SQLException("the H2 sync is closed (Helder is shutting down): the commit is not confirmed", cause);
    }

    private void periodic() {
        if (closed || failure != null || store == null || store.isClosed()) {
            return;
        }
        try {
            syncOnce(false);
        } catch (SQLException e) {
            // syncOnce made it final; the next commit reports it to its caller
        }
    }

    /** @param forCommits whether commits wait for this sync (else it is the periodic force, which a shutdown may race) */
    private void syncOnce(boolean forCommits) throws SQLException {
        if (closed) {
            throw closedError(null);
        }
        if (failure != null) {
            throw new SQLException("an earlier write or force of the H2 database failed, so no later commit can be "
                    + "confirmed: restart Helder", failure);
        }
        if (store == null && (connection == null || connection.isClosed())) {
            open();
        }
        if (store == null) {
            checkpointSync();
            return;
        }
        try {
            if (store.isClosed()) {
                throw new IllegalStateException("the H2 store is closed");
            }
            store.commit();
            FileStore<?> file = store.getFileStore();
            file.executeFileStoreOperation(file::sync);
            if (store.isClosed()) {
                throw new IllegalStateException("the H2 store closed during the sync");
            }
        } catch (RuntimeException e) {
            failure = new SQLException("writing or forcing the H2 database failed: commits since the last sync may "
                    + "not be on disk", e);
            if (forCommits || !store.isClosed()) {
                log.error("H2 could not write or force its file; from now on no commit is confirmed until Helder restarts", e);
            } else {
                log.debug("The periodic force met a store that closed (a shutdown)", e);
            }
            throw failure;
        }
    }

    private void open() throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
        if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                && session.getDatabase().isPersistent()) {
            store = session.getDatabase().getStore().getMvStore();
        } else {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        }
    }

    /** The remote case: a broken connection is replaced once. */
    private void checkpointSync() throws SQLException {
        try {
            execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            closeConnection();
            open();
            execute("CHECKPOINT SYNC");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection is replaced either way
        }
    }
}

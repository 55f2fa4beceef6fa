package nl.helder.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Samples {@code pg_stat_activity} every 20 ms during a measurement: of the database sessions busy with a statement,
 * how many wait on a heavyweight lock (a row such as the audit chain's head, or the queue lock NOTIFY takes at
 * commit) and how many on the WAL flush of a synchronous commit; and which statements the waiters wait behind. Shares of all busy-session samples.
 */
final class WaitSampler implements AutoCloseable {

    record Shares(double rowLock, double walFlush, long samples) {
    }

    private final Thread thread;
    private volatile boolean running = true;
    private long busy;
    private long locked;
    private long flushing;
    private SQLException failure;
    private final java.util.Map<String, Long> blockers = new java.util.HashMap<>();

    private WaitSampler(DataSource database, String name) {
        thread = new Thread(() -> sample(database, name), "wait-sampler");
        thread.setDaemon(true);
    }

    static WaitSampler start(DataSource database, String name) {
        WaitSampler sampler = new WaitSampler(database, name);
        sampler.thread.start();
        return sampler;
    }

    private void sample(DataSource database, String name) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT COUNT(*), COUNT(*) FILTER (WHERE wait_event_type = 'Lock'),
                            COUNT(*) FILTER (WHERE upper(wait_event) IN ('WALSYNC', 'WALWRITE'))
                     FROM pg_stat_activity WHERE datname = ? AND state = 'active' AND pid <> pg_backend_pid()""")) {
            statement.setString(1, name);
            PreparedStatement blocking = connection.prepareStatement("""
                    SELECT left(regexp_replace(b.query, '\\s+', ' ', 'g'), 90) FROM pg_stat_activity w
                    JOIN pg_stat_activity b ON b.pid = ANY(pg_blocking_pids(w.pid))
                    WHERE w.datname = ? AND w.wait_event_type = 'Lock'""");
            blocking.setString(1, name);
            while (running) {
                try (ResultSet rows = blocking.executeQuery()) {
                    while (rows.next()) {
                        synchronized (this) {
                            blockers.merge(String.valueOf(rows.getString(1)), 1L, Long::sum);
                        }
                    }
                }
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    synchronized (this) {
                        busy += row.getLong(1);
                        locked += row.getLong(2);
                        flushing += row.getLong(3);
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            synchronized (this) {
                failure = e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The statements most often seen holding a lock others waited for (the blocker's current or last statement). */
    synchronized String topBlockers() {
        return blockers.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> e.getValue() + " × " + e.getKey()).collect(java.util.stream.Collectors.joining("; "));
    }

    synchronized Shares shares() {
        if (failure != null) {
            throw new IllegalStateException("sampling pg_stat_activity failed", failure);
        }
        return busy == 0 ? new Shares(0, 0, 0) : new Shares((double) locked / busy, (double) flushing / busy, busy);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(2_000);
    }
}

package nl.helder.server.storage.internal;

import java.sql.SQLException;

/**
 * Group commit: every caller that committed waits until a sync to disk that <em>started after</em> its commit
 * has finished. One sync covers every commit that finished before it began, so concurrent writers share one
 * {@code fsync} instead of queueing for one each; a lone writer pays exactly one.
 * <p>
 * Tickets are taken after the caller's commit returned, so a sync whose start saw a ticket covers that commit.
 */
final class GroupSync {

    /** Forces everything written so far to stable storage. */
    @FunctionalInterface
    interface Sync {
        void sync() throws SQLException;

        /** The failure after which no sync can confirm anything until restart; empty while syncs can succeed. */
        default java.util.Optional<SQLException> finalFailure() {
            return java.util.Optional.empty();
        }
    }

    private final Sync sync;
    private long issued;
    private long covered;
    private boolean syncing;
    private long syncs;

    GroupSync(Sync sync) {
        this.sync = sync;
    }

    /** Returns once a sync that began after this call has completed; rethrows that sync's failure. */
    void awaitDurable() throws SQLException {
        long ticket;
        synchronized (this) {
            ticket = ++issued;
        }
        while (true) {
            long covers;
            synchronized (this) {
                while (syncing && covered < ticket) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new SQLException("interrupted while waiting for the commit to reach the disk", e);
                    }
                }
                if (covered >= ticket) {
                    return;
                }
                syncing = true;
                covers = issued;
            }
            boolean done = false;
            try {
                sync.sync();
                done = true;
            } finally {
                synchronized (this) {
                    syncing = false;
                    if (done) {
                        covered = Math.max(covered, covers);
                        syncs++;
                    }
                    notifyAll();
                }
            }
        }
    }

    /** The sync's final failure, if it had one: from then on no commit is confirmed (see {@link Sync#finalFailure()}). */
    java.util.Optional<SQLException> finalFailure() {
        return sync.finalFailure();
    }

    /** How many syncs ran: fewer than commits when writers overlap. */
    synchronized long syncs() {
        return syncs;
    }
}

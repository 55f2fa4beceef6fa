package nl.helder.server.storage.internal;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupSyncTest {

    @Test
    void aLoneCommitWaitsForOneSyncOfItsOwn() throws SQLException {
        AtomicInteger syncs = new AtomicInteger();
        GroupSync group = new GroupSync(syncs::incrementAndGet);

        group.awaitDurable();
        group.awaitDurable();

        assertThat(syncs).hasValue(2);
    }

    /**
     * The guarantee: a caller returns only after a sync that <em>started</em> after it asked. Each caller notes the
     * sync counter when it asks; a sync notes its start; the caller must see a completed sync whose start came later.
     */
    @Test
    void everyCallerIsCoveredByASyncThatStartedAfterItAskedAndConcurrentCallersShareSyncs() throws Exception {
        AtomicLong clock = new AtomicLong();
        AtomicLong lastCompletedStart = new AtomicLong(-1);
        GroupSync group = new GroupSync(() -> {
            long start = clock.incrementAndGet();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastCompletedStart.accumulateAndGet(start, Math::max);
        });
        int callers = 16;
        int rounds = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            results.add(pool.submit(() -> {
                go.await();
                boolean covered = true;
                for (int r = 0; r < rounds; r++) {
                    long asked = clock.get();
                    group.awaitDurable();
                    covered &= lastCompletedStart.get() > asked;
                }
                return covered;
            }));
        }
        go.countDown();
        for (Future<Boolean> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
        }
        pool.shutdown();
        assertThat(group.syncs()).isLessThan((long) callers * rounds);
    }

    @Test
    void aFailedSyncIsReportedAndTheNextCallerTriesAgain() throws SQLException {
        AtomicInteger calls = new AtomicInteger();
        GroupSync group = new GroupSync(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new SQLException("disk full");
            }
        });

        assertThatThrownBy(group::awaitDurable).hasMessage("disk full");
        group.awaitDurable();

        assertThat(calls).hasValue(2);
        assertThat(group.syncs()).isEqualTo(1);
    }
}

package nl.helder.server.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Chains this node's staged audit entries shortly after they committed: woken after every commit that staged one
 * (many commits coalesce into one batch), and every second in any case. Readers that need the whole chain (verify,
 * export, checkpoints, reports) {@link #flush()} first.
 */
@Component
class AuditChainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditRepository repository;
    private final Semaphore work = new Semaphore(0);
    private final Object chaining = new Object();
    private volatile boolean running;
    private Thread thread;

    AuditChainer(AuditRepository repository) {
        this.repository = repository;
    }

    /** Asks for the entries staged in the current transaction to be chained once it committed (at once without one). */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    nudge();
                }
            });
        } else {
            nudge();
        }
    }

    private void nudge() {
        if (work.availablePermits() == 0) {
            work.release();
        }
    }

    /** Chains everything this node staged and that has committed, before returning. */
    void flush() {
        synchronized (chaining) {
            AuditRepository.untilDone(repository::chainStaged);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "helder-audit-chainer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                work.tryAcquire(1, TimeUnit.SECONDS);
                work.drainPermits();
                if (repository.hasStaged()) {
                    flush();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Chaining staged audit entries failed; trying again: {}", e.toString());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            flush(); // what committed before the stop is chained before the shutdown checkpoint
        } catch (RuntimeException e) {
            log.warn("Staged audit entries left for the next start: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Started before and stopped after the web server (Boot's graceful shutdown runs in a higher phase), so the
     * entries of requests that finish during a graceful stop are chained too.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4_096;
    }
}

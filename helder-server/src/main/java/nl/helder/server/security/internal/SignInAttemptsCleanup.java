package nl.helder.server.security.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Deletes forgotten failure counts and addresses not signed in from for a long time (any node may run it). */
@Component
class SignInAttemptsCleanup {

    private final SignInAttempts attempts;
    private final SignInProperties properties;
    private final Clock clock;

    SignInAttemptsCleanup(SignInAttempts attempts, SignInProperties properties, Clock clock) {
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${helder.sign-in.cleanup-interval:1h}", initialDelayString = "${helder.sign-in.cleanup-interval:1h}")
    int run() {
        Instant now = clock.instant();
        return attempts.deleteExpired(now.minus(properties.forgetAfter()), now.minus(properties.knownAddressFor()));
    }
}

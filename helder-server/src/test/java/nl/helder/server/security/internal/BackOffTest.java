package nl.helder.server.security.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BackOffTest {

    private static final Instant LAST_FAILURE = Instant.parse("2026-11-30T09:00:00Z");
    private final BackOff backOff = new BackOff(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNoWait() {
        for (int failures = 0; failures <= 5; failures++) {
            assertThat(backOff.delayAfter(failures)).as("%d failures", failures).isZero();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWait() {
        assertThat(backOff.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backOff.delayAfter(7)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backOff.delayAfter(8)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backOff.delayAfter(15)).isEqualTo(Duration.ofSeconds(512));
    }

    @Test
    void theWaitStopsGrowingAtTheCap() {
        assertThat(backOff.delayAfter(16)).as("1024 s would pass 15 minutes").isEqualTo(Duration.ofMinutes(15));
        assertThat(backOff.delayAfter(70)).as("no overflow past 62 doublings").isEqualTo(Duration.ofMinutes(15));
        assertThat(backOff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
        BackOff slowStart = new BackOff(0, Duration.ofDays(365 * 100), Duration.ofDays(365 * 200));
        assertThat(slowStart.delayAfter(40)).as("no overflow of the multiplication").isEqualTo(Duration.ofDays(365 * 200));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertThat(backOff.remaining(8, LAST_FAILURE, at(LAST_FAILURE))).isEqualTo(Duration.ofSeconds(4));
        assertThat(backOff.remaining(8, LAST_FAILURE, at(LAST_FAILURE.plusMillis(2500)))).isEqualTo(Duration.ofMillis(1500));
        assertThat(backOff.remaining(8, LAST_FAILURE, at(LAST_FAILURE.plusSeconds(4)))).as("over exactly then").isZero();
        assertThat(backOff.remaining(8, LAST_FAILURE, at(LAST_FAILURE.plusSeconds(60)))).isZero();
        assertThat(backOff.remaining(5, LAST_FAILURE, at(LAST_FAILURE))).as("still free").isZero();
        assertThat(backOff.remaining(20, LAST_FAILURE, at(LAST_FAILURE.plusSeconds(600)))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void onlyTheFirstFailureBeyondTheFreeOnesStartsAnEpisode() {
        assertThat(backOff.firstSlowed(5)).isFalse();
        assertThat(backOff.firstSlowed(6)).isTrue();
        assertThat(backOff.firstSlowed(7)).isFalse();
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}

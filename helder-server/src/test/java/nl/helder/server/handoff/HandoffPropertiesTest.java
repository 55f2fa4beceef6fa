package nl.helder.server.handoff;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoffPropertiesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static HandoffProperties hours(String opens, String closes, Set<DayOfWeek> days) {
        return new HandoffProperties(LocalTime.parse(opens), LocalTime.parse(closes), days, AMSTERDAM, Duration.ofDays(365), null, "x@y",
                EnumSet.allOf(HandoffReason.class), 2, Duration.ofSeconds(30));
    }

    private static Instant amsterdam(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void openOnOpeningDaysBetweenOpeningAndClosingTimeInTheConfiguredZone() {
        HandoffProperties shop = hours("08:30", "20:00", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

        assertThat(shop.open(amsterdam("2026-11-23T08:30"))).as("Monday at opening").isTrue();
        assertThat(shop.open(amsterdam("2026-11-23T19:59"))).isTrue();
        assertThat(shop.open(amsterdam("2026-11-23T20:00"))).as("closing time is closed").isFalse();
        assertThat(shop.open(amsterdam("2026-11-23T08:29"))).isFalse();
        assertThat(shop.open(amsterdam("2026-11-22T12:00"))).as("Sunday").isFalse();
    }

    @Test
    void requestsForAPersonAndHighRiskMattersCannotBeSwitchedOff() {
        for (HandoffReason kept : List.of(HandoffReason.HUMAN_REQUEST, HandoffReason.HIGH_RISK_TOPIC)) {
            EnumSet<HandoffReason> without = EnumSet.complementOf(EnumSet.of(kept, HandoffReason.CUSTOMER_BUTTON));
            assertThatThrownBy(() -> new HandoffProperties(LocalTime.NOON, LocalTime.MIDNIGHT, EnumSet.allOf(DayOfWeek.class), AMSTERDAM,
                    Duration.ofDays(1), null, "x@y", without, 2, Duration.ofSeconds(30)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must keep HUMAN_REQUEST and HIGH_RISK_TOPIC");
        }
        HandoffProperties minimal = new HandoffProperties(LocalTime.NOON, LocalTime.MIDNIGHT, EnumSet.allOf(DayOfWeek.class), AMSTERDAM,
                Duration.ofDays(1), null, "x@y", EnumSet.of(HandoffReason.HUMAN_REQUEST, HandoffReason.HIGH_RISK_TOPIC), 3, Duration.ofSeconds(30));
        assertThat(minimal.automatic()).doesNotContain(HandoffReason.COMPLAINT);
    }

    @Test
    void closingAtMidnightMeansUntilTheEndOfTheDay() {
        HandoffProperties always = hours("00:00", "00:00", EnumSet.allOf(DayOfWeek.class));

        assertThat(always.open(amsterdam("2026-11-22T00:00"))).isTrue();
        assertThat(always.open(amsterdam("2026-11-22T23:59:59"))).isTrue();
        assertThat(always.open(amsterdam("2026-11-25T12:00"))).isTrue();
    }
}

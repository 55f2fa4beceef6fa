package nl.helder.server.handoff;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffPropertiesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static HandoffProperties hours(String opens, String closes, Set<DayOfWeek> days) {
        return new HandoffProperties(LocalTime.parse(opens), LocalTime.parse(closes), days, AMSTERDAM, Duration.ofDays(365), null, "x@y");
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
    void closingAtMidnightMeansUntilTheEndOfTheDay() {
        HandoffProperties always = hours("00:00", "00:00", EnumSet.allOf(DayOfWeek.class));

        assertThat(always.open(amsterdam("2026-11-22T00:00"))).isTrue();
        assertThat(always.open(amsterdam("2026-11-22T23:59:59"))).isTrue();
        assertThat(always.open(amsterdam("2026-11-25T12:00"))).isTrue();
    }
}

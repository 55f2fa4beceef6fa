package nl.helder.server.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * When people are available to take over, and who hears of messages left while nobody was.
 *
 * @param opens           opening time on the opening days
 * @param closes          closing time; {@code 00:00} means midnight, the end of the day
 * @param days            the opening days
 * @param zone            the time zone of the opening hours
 * @param ticketRetention how long tickets are kept
 * @param notifyTo        e-mail address told of every new ticket (needs {@code spring.mail.host}); empty: nobody
 * @param notifyFrom      sender address of those e-mails
 */
@ConfigurationProperties("helder.handoff")
public record HandoffProperties(@DefaultValue("08:30") LocalTime opens,
                                @DefaultValue("20:00") LocalTime closes,
                                @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"}) Set<DayOfWeek> days,
                                @DefaultValue("Europe/Amsterdam") ZoneId zone,
                                @DefaultValue("365d") Duration ticketRetention,
                                String notifyTo,
                                @DefaultValue("helder@localhost") String notifyFrom) {

    public HandoffProperties {
        days = Set.copyOf(days);
    }

    /** Whether {@code at} falls within the opening hours. */
    public boolean open(java.time.Instant at) {
        java.time.ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean beforeClosing = closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes);
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && beforeClosing;
    }
}

package nl.helder.server.handoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When people are available to take over.
 *
 * @param opens           opening time on working days (Monday to Saturday)
 * @param closes          closing time
 * @param zone            the time zone of the opening hours
 * @param ticketRetention how long tickets are kept
 */
@ConfigurationProperties("helder.handoff")
public record HandoffProperties(@DefaultValue("08:30") LocalTime opens,
                                @DefaultValue("20:00") LocalTime closes,
                                @DefaultValue("Europe/Amsterdam") ZoneId zone,
                                @DefaultValue("365d") Duration ticketRetention) {
}

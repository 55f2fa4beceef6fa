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
 * @param automatic       the reasons that hand a conversation over without the button; requests for a person
 *                        and high-risk matters cannot be left out
 * @param noAnswersInARow how many {@code NO_ANSWER}s in a row hand over (with {@code REPEATED_NO_ANSWER})
 * @param presenceExpiry  an agent's console on another node stops counting when that node has not confirmed it for
 *                        this long (a node that died); a heartbeat confirms it every third of this
 */
@ConfigurationProperties("helder.handoff")
public record HandoffProperties(@DefaultValue("08:30") LocalTime opens,
                                @DefaultValue("20:00") LocalTime closes,
                                @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"}) Set<DayOfWeek> days,
                                @DefaultValue("Europe/Amsterdam") ZoneId zone,
                                @DefaultValue("365d") Duration ticketRetention,
                                String notifyTo,
                                @DefaultValue("helder@localhost") String notifyFrom,
                                @DefaultValue({"HUMAN_REQUEST", "COMPLAINT", "HIGH_RISK_TOPIC", "FRUSTRATION", "REPEATED_NO_ANSWER"})
                                Set<HandoffReason> automatic,
                                @DefaultValue("2") int noAnswersInARow,
                                @DefaultValue("30s") Duration presenceExpiry) {

    public HandoffProperties {
        days = Set.copyOf(days);
        automatic = Set.copyOf(automatic);
        if (!automatic.contains(HandoffReason.HUMAN_REQUEST) || !automatic.contains(HandoffReason.HIGH_RISK_TOPIC)) {
            throw new IllegalArgumentException("helder.handoff.automatic must keep HUMAN_REQUEST and HIGH_RISK_TOPIC: a customer who "
                    + "asks for a person gets one (AP/ACM), and the assistant never decides a high-risk matter (AI Act Annex III)");
        }
        if (noAnswersInARow < 1 || noAnswersInARow > 5) {
            throw new IllegalArgumentException("helder.handoff.no-answers-in-a-row must be 1 to 5, not " + noAnswersInARow);
        }
    }

    /** Whether {@code at} falls within the opening hours. */
    public boolean open(java.time.Instant at) {
        java.time.ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean beforeClosing = closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes);
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && beforeClosing;
    }
}

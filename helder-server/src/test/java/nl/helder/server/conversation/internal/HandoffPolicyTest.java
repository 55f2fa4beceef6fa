package nl.helder.server.conversation.internal;

import nl.helder.guard.Signal;
import nl.helder.server.handoff.HandoffProperties;
import nl.helder.server.handoff.HandoffReason;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffPolicyTest {

    private static HandoffPolicy policy(Set<HandoffReason> automatic, int noAnswersInARow) {
        return new HandoffPolicy(new HandoffProperties(LocalTime.NOON, LocalTime.MIDNIGHT, EnumSet.allOf(DayOfWeek.class),
                ZoneId.of("Europe/Amsterdam"), Duration.ofDays(1), null, "x@y", automatic, noAnswersInARow, Duration.ofSeconds(30)));
    }

    @Test
    void aHighRiskMatterWinsOverEveryOtherReason() {
        HandoffPolicy all = policy(EnumSet.allOf(HandoffReason.class), 2);

        assertThat(all.fromSignals(EnumSet.allOf(Signal.class))).isEqualTo(HandoffReason.HIGH_RISK_TOPIC);
        assertThat(all.fromSignals(EnumSet.of(Signal.COMPLAINT, Signal.HUMAN_REQUEST))).isEqualTo(HandoffReason.HUMAN_REQUEST);
        assertThat(all.fromSignals(EnumSet.of(Signal.FRUSTRATION, Signal.COMPLAINT))).isEqualTo(HandoffReason.COMPLAINT);
        assertThat(all.fromSignals(EnumSet.noneOf(Signal.class))).isNull();
    }

    @Test
    void switchedOffTriggersLetTheAssistantAnswer() {
        HandoffPolicy minimal = policy(EnumSet.of(HandoffReason.HUMAN_REQUEST, HandoffReason.HIGH_RISK_TOPIC), 2);

        assertThat(minimal.fromSignals(EnumSet.of(Signal.COMPLAINT, Signal.FRUSTRATION))).isNull();
        assertThat(minimal.handsOverAfterNoAnswer(5)).isFalse();
    }

    @Test
    void unansweredQuestionsHandOverAtTheConfiguredCount() {
        assertThat(policy(EnumSet.allOf(HandoffReason.class), 2).handsOverAfterNoAnswer(0)).isFalse();
        assertThat(policy(EnumSet.allOf(HandoffReason.class), 2).handsOverAfterNoAnswer(1)).isTrue();
        assertThat(policy(EnumSet.allOf(HandoffReason.class), 3).handsOverAfterNoAnswer(1)).isFalse();
        assertThat(policy(EnumSet.allOf(HandoffReason.class), 1).handsOverAfterNoAnswer(0)).isTrue();
    }
}

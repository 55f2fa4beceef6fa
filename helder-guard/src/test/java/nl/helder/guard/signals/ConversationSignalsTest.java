package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationSignalsTest {

    private final ConversationSignals signals = new ConversationSignals();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "mag ik een mens|HUMAN_REQUEST",
            "medewerkr aub|HUMAN_REQUEST",
            "Mitarbeiter sprechen|HUMAN_REQUEST",
            "parler à un conseiller|HUMAN_REQUEST",
            "kunt u mij doorverbinden|HUMAN_REQUEST",
            "de medewerker was onvriendelijk|COMPLAINT",
            "Kan een medewerker de kast ook monteren?|-",
            "moet ik thuis zijn of kan iemand anders tekenen?|-",
            "Hierbij stel ik u in gebreke|COMPLAINT",
            "Mijn stroom wordt afgesloten|HIGH_RISK_TOPIC",
            "Ik wil mijn account afsluiten|-",
            "mijn moeder is vorige week overleden|HIGH_RISK_TOPIC",
            "de plant is overleden, haha|-",
            "WAT EEN MOOIE BANK|-",
            "WAAROM IS MIJN PAKKET NOG NIET BEZORGD|FRUSTRATION",
            "useless!!! get me a human|HUMAN_REQUEST,FRUSTRATION"})
    void recognises(String text, String expected) {
        Set<Signal> want = expected.equals("-") ? EnumSet.noneOf(Signal.class)
                : EnumSet.copyOf(Arrays.stream(expected.split(",")).map(Signal::valueOf).toList());

        assertThat(signals.detect(text)).isEqualTo(want);
    }
}

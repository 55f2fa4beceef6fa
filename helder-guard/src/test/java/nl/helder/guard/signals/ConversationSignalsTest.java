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
            "useless!!! get me a human|HUMAN_REQUEST,FRUSTRATION",
            // call-backs in four languages, and their negations
            "kunt u mij morgen terugbellen|HUMAN_REQUEST",
            "can I get a call back|HUMAN_REQUEST",
            "kann mich jemand zurückrufen|HUMAN_REQUEST",
            "pouvez-vous me rappeler|HUMAN_REQUEST",
            "bel me alsjeblieft niet, mail is prima|-",
            "please don't call me, email is fine|-",
            "bitte nicht anrufen, E-Mail reicht|-",
            "ne m'appelez pas, je préfère les mails|-",
            "can the courier call me before arriving?|-",
            // questions about the assistant or staff are not requests
            "Praat ik met een mens?|-",
            "does an employee read this chat?|-",
            // complaints without the word, and "no complaints"
            "schon wieder eine falsche Rechnung|COMPLAINT",
            "third time my order arrived damaged|COMPLAINT",
            "geen klacht hoor, alleen een vraag|-",
            "aucune plainte, juste une question|-",
            // high-risk matters by their cause
            "ik ben mijn baan kwijt en kan de rekening niet meer betalen|HIGH_RISK_TOPIC",
            "je souhaite postuler pour le poste de vendeur|HIGH_RISK_TOPIC",
            "my phone battery died again|-",
            // frustration
            "ich habe es dir schon dreimal erklärt|FRUSTRATION",
            "Merci beaucoup !!! trop bien|-"})
    void recognises(String text, String expected) {
        Set<Signal> want = expected.equals("-") ? EnumSet.noneOf(Signal.class)
                : EnumSet.copyOf(Arrays.stream(expected.split(",")).map(Signal::valueOf).toList());

        assertThat(signals.detect(text)).isEqualTo(want);
    }
}

package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What am I talking to?": the server answers it plainly (AI Act Art. 50(1)) and the signal detector does not count it
 * as a request for a person. One judgement, {@link ConversationSignals#asksWhatItTalksTo}, serves both.
 */
class IdentityQuestionsTest {

    private final ConversationSignals signals = new ConversationSignals();

    @ParameterizedTest
    @ValueSource(strings = {"Ben jij een mens?", "ben je een robot", "Praat ik met een mens of met een computer?", "Are you a bot?",
            "am I talking to a real person??", "Bist du ein Mensch?", "Es-tu un humain ?", "Êtes-vous un robot ?", "BEN JE ECHT?",
            "are you real?", "Met wie spreek ik?", "met wie praat ik eigenlijk", "Who am I talking to?", "Mit wem spreche ich?",
            "À qui je parle ?", "Is dit een mens of een robot?", "Is this a bot or a person?", "Hoi, ben je een mens?",
            "Who am I talking to right now?", "Bent u een echte medewerker?"})
    void recognisesTheQuestionInFourLanguages(String question) {
        assertThat(signals.asksWhatItTalksTo(question)).isTrue();
        assertThat(signals.detect(question)).doesNotContain(Signal.HUMAN_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Is dit een robotstofzuiger?", "Are you open on Sunday?", "Ik wil een mens spreken", "Ben je er nog?",
            "Bent u morgen open?", "Is dit een echte aanbieding?", "Is this a real offer?", "Ben je echt zo duur?",
            "Who is this package for?", "Bist du sicher?", "Is dit een medewerker van jullie die belde?",
            "Is this a real person calling me from your company?",
            // an independent review's ordinary questions that a looser first version took for the question
            "Ben je verplicht om een adviseur te nemen bij een hypotheek?", "Ben je verzekerd als een collega in je auto rijdt?",
            "Bent u ook bereikbaar via de klantenservice?", "Met wie spreek ik de oplevering af?", "Who am I talking to about my refund?",
            "Are you a real estate agent?", "Bist du sicher, dass ein Mitarbeiter meine Daten sieht?",
            "Sind Sie ein Unternehmen mit Kundenberater vor Ort?", "Mit wem spreche ich einen Termin ab?",
            "Êtes-vous sûrs que personne n'a reçu mon colis ?", "À qui je parle pour changer mon adresse ?",
            "Mijn zoon is een echte mens van de klok, maar het pakket kwam toch te laat, en nu wil ik weten of jullie de bezorgkosten "
                    + "terugbetalen als de bezorger ... ben jij een mens die dit kan regelen of niet, want ik wacht al weken"})
    void leavesOtherMessagesAlone(String message) {
        assertThat(signals.asksWhatItTalksTo(message)).isFalse();
    }

    /** Asked together with a request for a person, the question is answered and the request still hands over. */
    @ParameterizedTest
    @ValueSource(strings = {"ben jij een mens? ik wil een medewerker", "Are you a bot? I want to speak to a person."})
    void aQuestionWithARequestIsBoth(String message) {
        assertThat(signals.asksWhatItTalksTo(message)).isTrue();
        assertThat(signals.detect(message)).contains(Signal.HUMAN_REQUEST);
    }
}

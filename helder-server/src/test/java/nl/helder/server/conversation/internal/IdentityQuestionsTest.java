package nl.helder.server.conversation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityQuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ben jij een mens?", "ben je een robot", "Praat ik met een mens of met een computer?", "Are you a bot?",
            "am I talking to a real person??", "Bist du ein Mensch?", "Es-tu un humain ?", "Êtes-vous un robot ?", "BEN JE ECHT?"})
    void recognisesTheQuestionInFourLanguages(String question) {
        assertThat(IdentityQuestions.isAsked(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Is dit een robotstofzuiger?", "Are you open on Sunday?", "Ik wil een mens spreken", "Ben je er nog?",
            "Mijn zoon is een echte mens van de klok, maar het pakket kwam toch te laat, en nu wil ik weten of jullie de bezorgkosten "
                    + "terugbetalen als de bezorger ... ben jij een mens die dit kan regelen of niet, want ik wacht al weken"})
    void leavesOtherMessagesAlone(String message) {
        assertThat(IdentityQuestions.isAsked(message)).isFalse();
    }
}

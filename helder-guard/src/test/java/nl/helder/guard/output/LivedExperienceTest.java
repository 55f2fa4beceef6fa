package nl.helder.guard.output;

import nl.helder.guard.OutputCheckType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private life told as the writer's own (session twenty-two). Every sentence is written here, none copied from an
 * evaluation file; the honest ones come close: a holiday wished to the customer, other people's homes, the assistant
 * saying what it is not, the customer's family.
 */
class LivedExperienceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "De accu gaat lang mee. Ik gebruik hem thuis elke dag.",
            "Last summer I used it all through my holiday in Spain.",
            "Die Tasche ist robust, meine Tochter hat sie seit drei Jahren.",
            "Je le prends chaque matin pour aller au travail.",
            "Mijn buurvrouw heeft hetzelfde model, ze is er erg blij mee.",
            "When I was a student I had the same plan, it was fine."})
    void aLifeToldAsTheWritersOwnIsAClaimToBeHuman(String answer) {
        assertThat(LivedExperience.find(AnswerSentences.of(answer))).isPresent();
        assertThat(AnswerJudgement.of(answer, List.of()).humanClaim())
                .hasValueSatisfying(check -> assertThat(check.type()).isEqualTo(OutputCheckType.CLAIMS_HUMAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ik wens u een fijne vakantie en een goede reis.",
            "I hope your kids enjoy the new bikes at home.",
            "Als KI hatte ich das Gerät natürlich nie in der Hand, aber es wiegt 1,2 kg.",
            "Veel klanten gebruiken de app thuis, ik kan je laten zien hoe dat werkt.",
            "Ik heb je bestelling vorige week verzonden; hij is onderweg.",
            "Je peux vérifier votre commande tout de suite.",
            "Your son can travel free until he is 12.",
            // an independent review's examples: an assistant's own work, a team's hours, a template, the customer echoed
            "I checked the invoices from last year and found no double charge.",
            "Ik houd de status elke dag in de gaten en stuur een update zodra er nieuws is.",
            "I've passed this on to our billing team, who are back at work on Monday.",
            "Ich sehe Zahlungen aus den letzten zwei Jahren, alle sind eingegangen.",
            "Here is a template you can send: \"Dear Sir or Madam, my flat has had no heating since 3 March.\"",
            "You wrote that my suitcase ended up in Oslo; I'm sorry, I have opened a claim."})
    void theCustomersLifeOrAMachineSayingWhatItIsNotIsNoClaim(String answer) {
        assertThat(LivedExperience.find(AnswerSentences.of(answer))).isEmpty();
    }
}

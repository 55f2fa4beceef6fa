package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values that pass their checks but are no one's (round twenty-nine): an example printed on a form or help page
 * ({@link ExampleContext}); and the look-alikes that must stay personal data, every account paid into among them.
 * Sentences written for this test, none from an evaluation file.
 */
class NobodysValuesTest {

    private final PrivacyGuard guard = PrivacyGuard.standard();

    @ParameterizedTest(name = "{0}: no {1}")
    @CsvSource(delimiter = '|', value = {
            "Op jullie formulier staat als voorbeeld NL91 ABNA 0417 1643 00, moet ik spaties gebruiken?|IBAN",
            "Het formulier toont NL91 ABNA 0417 1643 00 als voorbeeld, maar mijn eigen nummer accepteert hij niet.|IBAN",
            "Your help page shows the test card 4111 1111 1111 1111, can I try the checkout with it?|CARD",
            "Im Formular steht als Beispiel die Nummer 030 12345678, mit oder ohne Leerzeichen?|PHONE",
            "Sur le formulaire, l'exemple de plaque est AB-123-CD : faut-il mettre les tirets ?|LICENCE_PLATE",
            "Your website says 'Example: 111222333' under the BSN field, do I type mine the same way?|BSN"})
    void aValueShownAsAnExampleIsNoOnesData(String text, PersonalDataType type) {
        assertThat(types(text)).doesNotContain(type);
    }

    @ParameterizedTest(name = "{0}: {1} stays")
    @CsvSource(delimiter = '|', value = {
            // "for example" offers one of the writer's own values
            "Bel me bijvoorbeeld op 06-12345678 na vijf uur.|PHONE",
            "You can reach me on another number, for example 06 12345678.|PHONE",
            "Zum Beispiel unter meiner Handynummer 0151 23456789.|PHONE",
            // the writer's own between the cue and the value
            "Zoals in het voorbeeld: mijn IBAN is NL91 ABNA 0417 1643 00.|IBAN",
            // an example word that does not introduce the value (an independent review's inputs, round twenty-nine)
            "Bel me op 06 12345678, dan stuur ik een voorbeeld van de foto's.|PHONE",
            "Rufen Sie mich unter 0151 23456789 an, ich schicke ein Beispiel.|PHONE",
            "06 12345678 is geen testnummer, het is echt van mij.|PHONE",
            "The product sample never arrived, please call me on 06 12345678.|PHONE",
            "The test card failed, so I used 4539 1488 0343 6467 instead.|CARD",
            "Een voorbeeld: gisteren belde ik vanaf 06 12345678 en werd ik opgehangen.|PHONE",
            "Zoals in het voorbeeld: onze IBAN is NL91 ABNA 0417 1643 00.|IBAN",
            "Ich habe DE89 3704 0044 0532 0130 00 wie im Beispiel eingegeben, aber es kommt eine Fehlermeldung.|IBAN",
            "Voorbeeld: jullie sms naar 06 12345678 kwam nooit aan.|PHONE",
            // a domain is no cue
            "Mail naar sanne@example.nl of bel 0612345678.|PHONE",
            // an account paid into stays personal data, whoever it may belong to: round twenty-nine tried reading the
            // organisation's account from its bill nearby, and it cost a real IBAN on the final author F29
            "Moet ik zelf overmaken naar NL91 ABNA 0417 1643 00 met het betalingskenmerk van de factuur?|IBAN",
            "Kunt u het bedrag terugstorten naar NL91 ABNA 0417 1643 00? Het staat dubbel op de factuur.|IBAN",
            "Graag uitbetalen naar NL91 ABNA 0417 1643 00, zoals op uw formulier.|IBAN",
            "Ik heb 80 euro overgemaakt naar de verkoper, NL91 ABNA 0417 1643 00, maar jullie platform reageert niet.|IBAN",
            "Ik maak het geld over naar mijn eigen rekening NL91 ABNA 0417 1643 00, staat dat goed op uw factuur?|IBAN",
            "Please transfer the deposit to NL91 ABNA 0417 1643 00, your invoice was paid twice.|IBAN",
            "Ik heb gisteren 50 euro overgemaakt naar NL91 ABNA 0417 1643 00.|IBAN",
            "Ik heb 800 euro overgemaakt naar NL91 ABNA 0417 1643 00, kunnen jullie dat nog terughalen?|IBAN",
            "I paid 800 euros to NL91 ABNA 0417 1643 00 for an invoice that turned out to be fake, can your fraud team help?|IBAN"})
    void theWritersOwnValuesStayPersonalData(String text, PersonalDataType type) {
        assertThat(types(text)).contains(type);
    }

    private List<PersonalDataType> types(String text) {
        return guard.detect(text).stream().map(PersonalDataFinding::type).toList();
    }
}

package nl.helder.guard;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputGuardTest {

    private static PersonalDataDetector spanOf(PersonalDataType type, String needle, double score) {
        return text -> {
            int at = text.indexOf(needle);
            return at < 0 ? List.of() : List.of(new PersonalDataFinding(type, at, at + needle.length(), score, "test"));
        };
    }

    /** The identity question is read with the signals, once, and carried in the scan for the turn to answer. */
    @Test
    void theScanSaysWhenTheCustomerAsksWhatTheyTalkTo() {
        InputGuard guard = Guards.standardInputGuard();
        assertThat(guard.scan("Ben jij een mens?").asksWhatItTalksTo()).isTrue();
        assertThat(guard.scan("Ben jij een mens?").signals()).doesNotContain(Signal.HUMAN_REQUEST);
        assertThat(guard.scan("Ik wil een medewerker spreken.").asksWhatItTalksTo()).isFalse();
        assertThat(InputGuard.builder().signals(text -> java.util.Set.of(Signal.COMPLAINT)).build().scan("Ben jij een mens?").asksWhatItTalksTo())
                .as("a detector that cannot tell says no").isFalse();
    }

    @Test
    void redactsFindingsAndKeepsTheRestOfTheText() {
        InputGuard guard = InputGuard.builder()
                .personalData(spanOf(PersonalDataType.EMAIL, "jan@example.nl", 0.99))
                .personalData(spanOf(PersonalDataType.PHONE, "0612345678", 0.9))
                .build();

        InputScan scan = guard.scan("Mail jan@example.nl of bel 0612345678.");

        assertThat(scan.redacted()).isEqualTo("Mail [EMAIL] of bel [PHONE].");
        assertThat(scan.findings()).extracting(PersonalDataFinding::type)
                .containsExactly(PersonalDataType.EMAIL, PersonalDataType.PHONE);
        assertThat(scan.hasPersonalData()).isTrue();
    }

    @Test
    void overlappingFindingsKeepTheMostConfidentSpan() {
        InputGuard guard = InputGuard.builder()
                .personalData(spanOf(PersonalDataType.PHONE, "123456782", 0.5))
                .personalData(spanOf(PersonalDataType.BSN, "bsn 123456782", 0.95))
                .build();

        InputScan scan = guard.scan("mijn bsn 123456782 graag");

        assertThat(scan.redacted()).isEqualTo("mijn [BSN] graag");
        assertThat(scan.findings()).singleElement().extracting(PersonalDataFinding::type).isEqualTo(PersonalDataType.BSN);
    }

    @Test
    void signalsAndInjectionSeeTheOriginalText() {
        InputGuard guard = InputGuard.builder()
                .personalData(spanOf(PersonalDataType.PERSON_NAME, "Sanne", 0.9))
                .signals(text -> text.contains("Sanne") ? Set.of(Signal.HUMAN_REQUEST) : Set.of())
                .injection(text -> new InjectionAssessment(text.contains("Sanne") ? 0.7 : 0.0, false, List.of("seen")))
                .build();

        InputScan scan = guard.scan("Ik wil Sanne spreken");

        assertThat(scan.redacted()).isEqualTo("Ik wil [PERSON_NAME] spreken");
        assertThat(scan.signals()).containsExactly(Signal.HUMAN_REQUEST);
        assertThat(scan.injection().score()).isEqualTo(0.7);
    }

    @Test
    void redactRejectsFindingsOutsideTheText() {
        List<PersonalDataFinding> outside = List.of(new PersonalDataFinding(PersonalDataType.IBAN, 2, 40, 1.0, "test"));
        assertThatThrownBy(() -> Redactor.redact("short", outside)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingsRejectEmptySpans() {
        assertThatThrownBy(() -> new PersonalDataFinding(PersonalDataType.IBAN, 3, 3, 1.0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partialRedactionKeepsOnlyWhatHelpsRecognition() {
        InputGuard guard = Guards.standardInputGuard(java.util.Map.of(PersonalDataType.IBAN, RedactionStyle.PARTIAL,
                PersonalDataType.EMAIL, RedactionStyle.PARTIAL, PersonalDataType.PHONE, RedactionStyle.PARTIAL));

        InputScan scan = guard.scan("IBAN NL91 ABNA 0417 1643 00, mail jan@example.nl, bel 06-12345678, bsn 111222333");

        assertThat(scan.redacted()).isEqualTo("IBAN NL** **** **** **43 00, mail ***@example.nl, bel **-****5678, bsn [BSN]");
    }

    @Test
    void placeholdersCanBeRemovedForSearch() {
        assertThat(Redactor.withoutPlaceholders("bel [PHONE] over [IBAN], niet [FOO]")).isEqualTo("bel   over  , niet [FOO]");
    }
}

package nl.helder.guard.privacy;

import org.junit.jupiter.api.Test;

import static nl.helder.guard.PersonalDataType.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The privacy guard on the labelled evaluation set, against the targets the README reports. */
class PrivacyEvaluationTest {

    @Test
    void meetsTheRecallAndPrecisionTargets() {
        PrivacyEvaluation.Report report = PrivacyEvaluation.run(PrivacyGuard.standard());
        System.out.println(report.table());
        report.mistakes().stream().limit(40).forEach(System.out::println);

        assertThat(PrivacyEvaluation.messages()).hasSizeGreaterThanOrEqualTo(500);
        for (var type : java.util.List.of(BSN, IBAN, CARD, EMAIL)) {
            assertThat(report.perType().get(type).recall()).as(type + "\n" + report.table()).isGreaterThanOrEqualTo(0.99);
        }
        for (var type : java.util.List.of(PHONE, POSTCODE, LICENCE_PLATE)) {
            assertThat(report.perType().get(type).recall()).as(type + "\n" + report.table()).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.97);
        double clean = 1.0 - (double) report.negativeMessagesWithFindings() / report.negativeMessages();
        assertThat(clean).as(report.table()).isGreaterThanOrEqualTo(0.97);
    }
}

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

    @Test
    void handWrittenMessagesStayAboveTheirFloor() {
        PrivacyEvaluation.Report report = PrivacyEvaluation.run(PrivacyGuard.standard(), PrivacyEvaluation.handwritten());
        System.out.println("Hand-written set:\n" + report.table());
        report.mistakes().forEach(System.out::println);

        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(FLOOR_RECALL);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(FLOOR_PRECISION);
    }

    /** Regression floors for the hand-written set, set just below the first measurement (see the README). */
    private static final double FLOOR_RECALL = 0.95;
    private static final double FLOOR_PRECISION = 0.95;
}

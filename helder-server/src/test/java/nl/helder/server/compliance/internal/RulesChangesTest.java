package nl.helder.server.compliance.internal;

import nl.helder.server.compliance.RiskClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the amended Act changes for systems classified under the 2024 text, for the "what changed" panel. */
class RulesChangesTest {

    static Classifier v2024;
    static Classifier amended;

    @BeforeAll
    static void load() throws IOException {
        v2024 = ClassifierScenariosTest.load("/compliance/ai-act-rules-2024.yaml");
        amended = ClassifierScenariosTest.load("/compliance/ai-act-rules.yaml");
    }

    @Test
    void aCvScreenersSevenArticle26DutiesMoveToDecember2027() {
        RulesChanges.Change change = RulesChanges.between(v2024, amended, Map.of("employment", true, "profiling", true), "en");
        assertThat(change.riskClassBefore()).isEqualTo(RiskClass.HIGH_RISK);
        assertThat(change.riskClassAfter()).isEqualTo(RiskClass.HIGH_RISK);
        assertThat(change.moved()).extracting(RulesChanges.DateMove::obligationId).containsExactlyInAnyOrder("use-per-instructions",
                "human-oversight", "input-data", "monitor-and-report", "keep-logs", "inform-workers", "inform-affected-persons");
        assertThat(change.moved()).allSatisfy(m -> {
            assertThat(m.before()).isEqualTo(LocalDate.of(2026, 8, 2));
            assertThat(m.after()).isEqualTo(LocalDate.of(2027, 12, 2));
        });
        assertThat(change.added()).isEmpty();
        assertThat(change.removed()).isEmpty();
        assertThat(change.newQuestions()).extracting(RulesChanges.NewQuestion::id).containsExactly("intimate-imagery", "on-market-before-2026-08");
        assertThat(change.status()).contains("check the Official Journal reference");
    }

    @Test
    void aChatbotsDisclosureDutyDoesNotMoveAndAMedicalDeviceMovesToAugust2028() {
        assertThat(RulesChanges.between(v2024, amended, Map.of("interacts-with-people", true), "en").moved()).isEmpty();
        RulesChanges.Change device = RulesChanges.between(v2024, amended, Map.of("product-safety", true), "en");
        assertThat(device.moved()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.before()).isEqualTo(LocalDate.of(2027, 8, 2));
            assertThat(m.after()).isEqualTo(LocalDate.of(2028, 8, 2));
        });
    }

    @Test
    void anAnswerTheNewerRulesDoNotAskIsListedNotFatal() {
        RulesChanges.Change change = RulesChanges.between(amended, v2024, Map.of("intimate-imagery", true), "en");
        assertThat(change.riskClassBefore()).isEqualTo(RiskClass.PROHIBITED);
        assertThat(change.riskClassAfter()).isEqualTo(RiskClass.MINIMAL);
        assertThat(change.noLongerAsked()).containsExactly("intimate-imagery");
    }
}

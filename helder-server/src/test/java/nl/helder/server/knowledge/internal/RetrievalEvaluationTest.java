package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retrieval answerer on held-out labelled questions (the test split). The product target is the right
 * article for 90 % of in-scope questions; the lexical answerer does not reach it yet (see the README), so
 * this test guards against regressions below what it measures today, and against ever answering
 * out-of-scope questions instead of saying "I don't know". {@link RetrievalEvaluation#main} prints the report.
 */
class RetrievalEvaluationTest {

    /** Measured 0.833 on the test split when this floor was set; raise it as the answerer improves. */
    private static final double ANSWER_ACCURACY_FLOOR = 0.80;
    private static final double ABSTENTION_FLOOR = 0.90;

    private static RetrievalEvaluation evaluation;
    private static final double THRESHOLD = KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE;

    @BeforeAll
    static void buildIndex() {
        evaluation = new RetrievalEvaluation(new KnowledgeProperties(THRESHOLD, Math.min(THRESHOLD, KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE_VALUE), 700, null));
        evaluation.printReport(THRESHOLD, Boolean.getBoolean("showTestMistakes"));
    }

    @Test
    void heldOutQuestionsGetTheRightArticleOrAnHonestAbstention() {
        RetrievalEvaluation.Report report = evaluation.run("test", THRESHOLD);
        System.out.println("Retrieval evaluation: " + report.summary());

        assertThat(report.inScope()).isGreaterThanOrEqualTo(60);
        assertThat(report.outOfScope()).isGreaterThanOrEqualTo(20);
        assertThat(report.answerAccuracy()).as(report.summary()).isGreaterThanOrEqualTo(ANSWER_ACCURACY_FLOOR);
        assertThat(report.abstentionRate()).as(report.summary()).isGreaterThanOrEqualTo(ABSTENTION_FLOOR);
    }

    @Test
    void devQuestionsTheThresholdWasTunedOnReachTheTarget() {
        RetrievalEvaluation.Report report = evaluation.run("dev", THRESHOLD);
        System.out.println("Retrieval evaluation: " + report.summary());

        assertThat(report.answerAccuracy()).as(report.summary()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.abstentionRate()).as(report.summary()).isGreaterThanOrEqualTo(0.90);
    }
}

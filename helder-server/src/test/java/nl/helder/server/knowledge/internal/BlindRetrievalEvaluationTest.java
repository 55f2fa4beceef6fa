package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retrieval on a knowledge base Helder has never seen: a telecom help centre and customer questions written
 * blind, by someone who saw only the article format (see its README). The articles are imported with the
 * server's reader and validator; what the server would refuse is reported, and the rest is indexed the way the
 * server indexes. {@code questions-dev.tsv} may be tuned on; {@code questions-test.tsv} is reported, its
 * individual mistakes listed only with {@code -DshowReportMistakes=true}. Floors: the first run minus 0.05, not
 * the targets. Re-run (after {@code ./mvnw -q -o -pl helder-guard install -DskipTests}):
 * {@code ./mvnw -q -o -pl helder-server -Dtest=BlindRetrievalEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
class BlindRetrievalEvaluationTest {

    static final Path KB = Path.of("src/test/resources/evaluation/blind/kb-telecom");
    private static final double THRESHOLD = KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE;

    /** First run on the test questions, with the 34 articles the validator accepts: 31/154 = 0.201; after the retrieval work 50/154 = 0.325. */
    private static final double RIGHT_TOP1_FLOOR = 0.27;
    /** First run: 96/154 = 0.623 with the right article among the top three candidates; after: 110/154 = 0.714. */
    private static final double RIGHT_AMONG_TOP_FLOOR = 0.66;
    /**
     * First run: 50/63 = 0.794 of the out-of-scope questions abstained; after: 46/63 = 0.730, because the thresholds
     * chosen on the dev questions answer more (dev: 20/26 either way). Lowered to this run minus 0.05, on record in
     * the README, rather than re-choosing a threshold with the test file in view.
     */
    private static final double OUT_OF_SCOPE_ABSTAINED_FLOOR = 0.68;
    /** First run: 11 of the 45 articles rejected as instructions aimed at an AI. */
    private static final int MOST_REJECTED_ARTICLES = 11;

    private static BlindKnowledgeImport imported;
    private static RetrievalEvaluation evaluation;
    /** Every article indexed, rejected ones too: what retrieval alone would do if the import refused nothing. */
    private static RetrievalEvaluation unrejected;
    private static Map<String, String> localeOf;

    @BeforeAll
    static void importAndIndex() {
        imported = BlindKnowledgeImport.of(KB.resolve("articles"));
        System.out.printf("Blind knowledge base: %d articles accepted, %d rejected (%d as injection), %d files unreadable; "
                        + "the server's import would %s%n", imported.accepted().size(), imported.rejected().size(),
                imported.asInjection().size(), imported.unreadable(), imported.refusedAll() ? "REFUSE the whole folder" : "accept it");
        imported.problems().forEach(p -> System.out.println("    import problem: " + p));
        List<RetrievalEvaluation.LabelledQuestion> questions = new ArrayList<>(RetrievalEvaluation.questions(KB.resolve("questions-dev.tsv"), "dev"));
        questions.addAll(RetrievalEvaluation.questions(KB.resolve("questions-test.tsv"), "test"));
        evaluation = new RetrievalEvaluation(imported.accepted(), questions, new KnowledgeProperties(THRESHOLD, Math.min(THRESHOLD, KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE_VALUE), 700, null));
        unrejected = new RetrievalEvaluation(imported.read(), questions, new KnowledgeProperties(THRESHOLD, Math.min(THRESHOLD, KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE_VALUE), 700, null));
        localeOf = imported.read().stream().collect(Collectors.toMap(Article::id, Article::locale));
        long lost = questions.stream().filter(q -> !q.outOfScope())
                .filter(q -> q.expected().stream().allMatch(imported.rejected()::contains)).count();
        System.out.println("In-scope questions whose every answering article was rejected: " + lost);
        evaluation.printReport(THRESHOLD, Boolean.getBoolean("showReportMistakes"));
    }

    @Test
    void reportQuestionsStayAboveTheirFirstRun() {
        RetrievalEvaluation.Report report = print("test");

        assertThat(report.inScope() + report.outOfScope()).isEqualTo(217);
        assertThat(imported.rejected().size()).as(imported.problems().toString()).isLessThanOrEqualTo(MOST_REJECTED_ARTICLES);
        assertThat(report.answerAccuracy()).as(report.summary()).isGreaterThanOrEqualTo(RIGHT_TOP1_FLOOR);
        assertThat(report.topAccuracy()).as(report.summary()).isGreaterThanOrEqualTo(RIGHT_AMONG_TOP_FLOOR);
        assertThat(report.abstentionRate()).as(report.summary()).isGreaterThanOrEqualTo(OUT_OF_SCOPE_ABSTAINED_FLOOR);
    }

    /** The dev questions only print: they are there to be tuned on. */
    @Test
    void devQuestionFigures() {
        assertThat(print("dev").inScope()).isEqualTo(65);
    }

    /**
     * The figures of one file on the accepted articles: overall, per question locale, for questions in another
     * language than their article, and without the questions only a rejected article answers; then with every
     * article indexed.
     */
    private static RetrievalEvaluation.Report print(String split) {
        RetrievalEvaluation.Report all = evaluation.run(split, THRESHOLD);
        System.out.println("Blind retrieval, " + split + ", accepted articles: " + all.summary());
        evaluation.perLocale(split, THRESHOLD).forEach((locale, report) -> System.out.println("  locale " + locale + ": " + report.summary()));
        System.out.println("  cross-language: " + evaluation.run(split, THRESHOLD, q -> !q.outOfScope()
                && q.expected().stream().noneMatch(id -> q.locale().equals(localeOf.get(id)))).summary());
        System.out.println("  answerable from accepted articles: " + evaluation.run(split, THRESHOLD, q -> q.outOfScope()
                || !imported.rejected().containsAll(q.expected())).summary());
        System.out.println("  all " + imported.read().size() + " articles indexed: " + unrejected.run(split, THRESHOLD).summary());
        return all;
    }
}

package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Runs labelled questions against a knowledge base and counts, per split, how often the assistant cites the
 * right article, how often the right article is among the top three, and how often it abstains where it
 * should. By default: {@code evaluation/retrieval-questions.tsv} against the bundled demo; the blind
 * knowledge base passes its own articles and questions. {@code main} prints the report and a threshold sweep
 * over the dev split.
 */
final class RetrievalEvaluation {

    record LabelledQuestion(String split, String locale, Set<String> expected, String text) {
        boolean outOfScope() {
            return expected.isEmpty();
        }
    }

    record Outcome(LabelledQuestion question, String cited, double confidence, boolean answered) {
        boolean correct() {
            return question.outOfScope() ? !answered : answered && question.expected().contains(cited);
        }
    }

    /** How many candidates count as "among the top": the most a suggestions message would offer. */
    static final int TOP = 3;

    record Report(String split, double threshold, int inScope, int rightArticle, int wrongArticle, int abstainedInScope,
                  int outOfScope, int abstainedOutOfScope, int rightAmongTop, int rightAnsweredOrSuggested,
                  List<Outcome> mistakes) {

        /** The right article answered, or among the suggestions (top {@value #TOP} at or above suggest-confidence). */
        double answeredOrSuggestedAccuracy() {
            return inScope == 0 ? Double.NaN : (double) rightAnsweredOrSuggested / inScope;
        }

        double answerAccuracy() {
            return inScope == 0 ? Double.NaN : (double) rightArticle / inScope;
        }

        double abstentionRate() {
            return outOfScope == 0 ? Double.NaN : (double) abstainedOutOfScope / outOfScope;
        }

        /** The right article among the top {@value #TOP} candidates, answered or not. */
        double topAccuracy() {
            return inScope == 0 ? Double.NaN : (double) rightAmongTop / inScope;
        }

        String summary() {
            return String.format(Locale.ROOT,
                    "%-4s threshold %.2f | in scope: %d/%d right article (%.1f %%), %d wrong article, %d abstained, "
                            + "%d/%d right among top %d (%.1f %%), %d/%d right answered or suggested (%.1f %%) "
                            + "| out of scope: %d/%d abstained (%.1f %%)",
                    split, threshold, rightArticle, inScope, 100 * answerAccuracy(), wrongArticle, abstainedInScope,
                    rightAmongTop, inScope, TOP, 100 * topAccuracy(), rightAnsweredOrSuggested, inScope,
                    100 * answeredOrSuggestedAccuracy(), abstainedOutOfScope, outOfScope, 100 * abstentionRate());
        }
    }

    private final KnowledgeIndex index;
    private final List<LabelledQuestion> questions;
    private final double suggestConfidence;

    RetrievalEvaluation(KnowledgeProperties properties) {
        this(new KnowledgeSources().loadConfigured(null).articles(), questions(), properties);
    }

    /** Indexes {@code articles} the way the server does (bundled synonyms and compound parts) to ask {@code questions}. */
    RetrievalEvaluation(List<Article> articles, List<LabelledQuestion> questions, KnowledgeProperties properties) {
        this(articles, questions, properties, null);
    }

    /** As above, with the semantic signal of {@code embedder} fused in (lexical only when it is null). */
    RetrievalEvaluation(List<Article> articles, List<LabelledQuestion> questions, KnowledgeProperties properties, Embedder embedder) {
        this(new KnowledgeSources().index(articles, properties, embedder), questions, properties.suggestConfidence());
    }

    private RetrievalEvaluation(KnowledgeIndex index, List<LabelledQuestion> questions, double suggestConfidence) {
        this.index = index;
        this.questions = List.copyOf(questions);
        this.suggestConfidence = suggestConfidence;
    }

    /** The same questions on the same index with another weight for the semantic ranking. */
    RetrievalEvaluation withSemanticWeight(double weight) {
        return new RetrievalEvaluation(index.withSemanticWeight(weight), questions, suggestConfidence);
    }

    KnowledgeIndex index() {
        return index;
    }

    List<LabelledQuestion> labelled() {
        return questions;
    }

    static List<LabelledQuestion> questions() {
        try (InputStream in = RetrievalEvaluation.class.getResourceAsStream("/evaluation/retrieval-questions.tsv")) {
            List<LabelledQuestion> questions = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t");
                Set<String> expected = "-".equals(columns[2]) ? Set.of() : Set.copyOf(Arrays.asList(columns[2].split("\\|")));
                questions.add(new LabelledQuestion(columns[0], columns[1], expected, columns[3]));
            }
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Questions of a file with a header line and the columns {@code locale<TAB>expected<TAB>question} (the blind
     * knowledge base's format), all in {@code split}.
     */
    static List<LabelledQuestion> questions(Path file, String split) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", 3))
                    .map(c -> new LabelledQuestion(split, c[0], "-".equals(c[1]) ? Set.of() : Set.copyOf(Arrays.asList(c[1].split("\\|"))), c[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Report run(String split, double threshold) {
        return run(split, threshold, question -> true);
    }

    /** The report of one split per question locale, in locale order. */
    Map<String, Report> perLocale(String split, double threshold) {
        Map<String, Report> reports = new TreeMap<>();
        questions.stream().filter(q -> q.split().equals(split)).map(LabelledQuestion::locale).distinct()
                .forEach(locale -> reports.put(locale, run(split, threshold, q -> q.locale().equals(locale))));
        return reports;
    }

    Report run(String split, double threshold, Predicate<LabelledQuestion> which) {
        int inScope = 0, right = 0, wrong = 0, abstainedIn = 0, outOfScope = 0, abstainedOut = 0, amongTop = 0, suggested = 0;
        double suggest = Math.min(threshold, suggestConfidence);
        List<Outcome> mistakes = new ArrayList<>();
        for (LabelledQuestion question : questions) {
            if (!question.split().equals(split) || !which.test(question)) {
                continue;
            }
            List<KnowledgeMatch> top = index.topMatches(question.text(), question.locale(), TOP);
            Optional<KnowledgeMatch> match = top.stream().findFirst();
            double confidence = match.map(KnowledgeMatch::confidence).orElse(0.0);
            boolean answered = match.isPresent() && confidence >= threshold;
            Outcome outcome = new Outcome(question, match.map(m -> m.article().id()).orElse("-"), confidence, answered);
            if (question.outOfScope()) {
                outOfScope++;
                abstainedOut += answered ? 0 : 1;
            } else {
                inScope++;
                amongTop += top.stream().anyMatch(m -> question.expected().contains(m.article().id())) ? 1 : 0;
                boolean offered = answered ? question.expected().contains(outcome.cited())
                        : confidence >= suggest
                        && top.stream().anyMatch(m -> m.confidence() >= suggest && question.expected().contains(m.article().id()));
                suggested += offered ? 1 : 0;
                if (!answered) {
                    abstainedIn++;
                } else if (outcome.correct()) {
                    right++;
                } else {
                    wrong++;
                }
            }
            if (!outcome.correct()) {
                mistakes.add(outcome);
            }
        }
        return new Report(split, threshold, inScope, right, wrong, abstainedIn, outOfScope, abstainedOut, amongTop, suggested, mistakes);
    }

    public static void main(String[] args) {
        KnowledgeProperties defaults = new KnowledgeProperties(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE, Math.min(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE_VALUE, KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE_VALUE), 700, null);
        new RetrievalEvaluation(defaults).printReport(defaults.minConfidence(), Arrays.asList(args).contains("--show-test-mistakes"));
    }

    /** Prints a threshold sweep over the dev split, then both splits at {@code threshold}; test mistakes only on request. */
    void printReport(double threshold, boolean showTestMistakes) {
        System.out.println("Threshold sweep on the dev split:");
        for (double candidate = 0.2; candidate <= 0.801; candidate += 0.05) {
            System.out.println("  " + run("dev", candidate).summary());
        }
        for (String split : List.of("dev", "test")) {
            Report report = run(split, threshold);
            System.out.println(report.summary());
            // The test split is held out: its mistakes are listed only on request, so nobody tunes on them by accident.
            if (split.equals("test") && !showTestMistakes) {
                continue;
            }
            report.mistakes().forEach(m -> System.out.printf(Locale.ROOT, "    miss: [%s] %s -> %s (%.2f, %s)%n",
                    m.question().locale(), m.question().text(), m.cited(), m.confidence(), m.answered() ? "answered" : "abstained"));
        }
    }
}

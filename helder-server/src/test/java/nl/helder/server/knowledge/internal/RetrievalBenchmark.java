package nl.helder.server.knowledge.internal;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One question's retrieval (the top three articles, as a turn asks for suggestions) over {@link GeneratedKnowledge}
 * of 1,000 articles, indexed as the server indexes (bundled synonyms, compound parts, lexicons; no embedding model),
 * asked the demo set's customer questions in turn, as typed and with new typos. Sample mode reports p50 and p99.
 * Run (not part of the build):
 * <pre>
 * ./mvnw -q -o -pl helder-server -am test-compile
 * ./mvnw -q -o -pl helder-server dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp helder-server/target/test-classes:helder-server/target/classes:$(cat helder-server/target/test-classpath.txt) \
 *      org.openjdk.jmh.Main 'RetrievalBenchmark|IndexBuildBenchmark'
 * </pre>
 * With the English all-MiniLM fused in: add {@code -p embedding=minilm} (embeds the 1,000 articles' passages first).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class RetrievalBenchmark {

    @Param("1000")
    public int articles;

    /**
     * {@code none}, or {@code minilm}: the English all-MiniLM-L6-v2 in-process ({@link MiniLm}) fused in for the
     * English articles and questions (its embeddings of questions seen before are cached: the new-typo questions are
     * the honest figure with it).
     */
    @Param("none")
    public String embedding;

    private java.util.concurrent.ExecutorService pool;

    private KnowledgeIndex index;
    private List<RetrievalEvaluation.LabelledQuestion> questions;
    private int next;

    @Setup(Level.Trial)
    public void index() {
        if (embedding.equals("minilm")) {
            pool = Embeddings.pool();
            nl.helder.server.knowledge.KnowledgeProperties.Embedding settings = MiniLm.settings();
            nl.helder.server.knowledge.KnowledgeProperties properties = new nl.helder.server.knowledge.KnowledgeProperties(
                    GeneratedKnowledge.DEFAULTS.minConfidence(), GeneratedKnowledge.DEFAULTS.suggestConfidence(),
                    GeneratedKnowledge.DEFAULTS.maxPassageChars(), null, settings);
            index = new KnowledgeSources().index(GeneratedKnowledge.articles(articles), properties,
                    Embeddings.embedder(settings, pool, (stage, reason) -> {
                        throw new IllegalStateException("embedding failed: " + stage + "/" + reason);
                    }));
            if (!index.semantic()) {
                throw new IllegalStateException("no semantic index");
            }
        } else {
            index = new KnowledgeSources().index(GeneratedKnowledge.articles(articles), GeneratedKnowledge.DEFAULTS);
        }
        questions = GeneratedKnowledge.questions();
    }

    @org.openjdk.jmh.annotations.TearDown(Level.Trial)
    public void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private final java.util.Random random = new java.util.Random(7);

    /** The demo questions in turn: after the first round, their words' near-spelling automata are cached. */
    @Benchmark
    public Object topThree() {
        RetrievalEvaluation.LabelledQuestion question = questions.get(next++ % questions.size());
        return index.topMatches(question.text(), question.locale(), 3);
    }

    /**
     * The demo questions with a random typo in every word of five letters or more: words mostly never seen before,
     * so the near-spelling automata are built afresh, as for a customer's new misspelling.
     */
    @Benchmark
    public Object topThreeNewTypos() {
        RetrievalEvaluation.LabelledQuestion question = questions.get(next++ % questions.size());
        StringBuilder typed = new StringBuilder();
        for (String word : question.text().split(" ")) {
            if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                char[] letters = word.toCharArray();
                letters[1 + random.nextInt(letters.length - 1)] = (char) ('a' + random.nextInt(26));
                word = new String(letters);
            }
            typed.append(word).append(' ');
        }
        return index.topMatches(typed.toString(), question.locale(), 3);
    }
}

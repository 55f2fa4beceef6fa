package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Building the index of {@link GeneratedKnowledge} of 10,000 articles as an import does (analysis, compound
 * dictionary, synonyms, lexicons, Lucene; no embedding model), once per iteration. Run: see {@link RetrievalBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class IndexBuildBenchmark {

    @Param("10000")
    public int articles;

    private List<Article> generated;

    @Setup(Level.Trial)
    public void generate() {
        generated = GeneratedKnowledge.articles(articles);
    }

    @Benchmark
    public Object build() {
        return new KnowledgeSources().index(generated, GeneratedKnowledge.DEFAULTS);
    }
}

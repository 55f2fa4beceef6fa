package nl.helder.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The output guard's honesty judgement ({@code AnswerJudgement.of}) of two builds of helder-guard in one JVM, each
 * in its own class loader, timed in turns over every answer of the given files (the blind answer files' format,
 * {@code lang<TAB>labels<TAB>answer<TAB>source}): six warm-up rounds, then the median of ten per build. Load-proof
 * only as far as the turns are: both builds meet the same machine.
 *
 * <p>Run: {@code java -cp helder-bench/target/helder-bench.jar nl.helder.bench.AnswerJudgementAb <old checkout> <new checkout> <answer files…>}
 */
public final class AnswerJudgementAb {

    private static final int WARM_UP = 6;
    private static final int ROUNDS = 16;

    private AnswerJudgementAb() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: AnswerJudgementAb <old checkout> <new checkout> <answer files…>");
            System.exit(2);
        }
        Method old = judge(args[0]);
        Method neu = judge(args[1]);
        List<String[]> answers = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]))) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && !line.startsWith("lang\t") && columns.length >= 4) {
                    answers.add(new String[] {columns[2], columns[3]});
                }
            }
        }
        List<Long> oldTimes = new ArrayList<>();
        List<Long> newTimes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int turn = 0; turn < 2; turn++) {
                boolean oldFirst = (round + turn) % 2 == 0; // who goes first alternates
                Method judge = oldFirst ? old : neu;
                long start = System.nanoTime();
                for (String[] answer : answers) {
                    judge.invoke(null, answer[0], answer[1].equals("-") ? List.of() : List.of(answer[1]));
                }
                long perAnswer = (System.nanoTime() - start) / answers.size();
                if (round >= WARM_UP) {
                    (oldFirst ? oldTimes : newTimes).add(perAnswer);
                }
            }
        }
        Collections.sort(oldTimes);
        Collections.sort(newTimes);
        long oldMedian = oldTimes.get(oldTimes.size() / 2);
        long newMedian = newTimes.get(newTimes.size() / 2);
        System.out.printf(Locale.ROOT, "%d answers; median per answer: old %d µs, new %d µs, new / old %.2f%n", answers.size(),
                oldMedian / 1000, newMedian / 1000, (double) newMedian / oldMedian);
    }

    private static Method judge(String checkout) throws Exception {
        URL classes = Path.of(checkout, "helder-guard/target/classes").toUri().toURL();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
        return loader.loadClass("nl.helder.guard.output.AnswerJudgement").getMethod("of", String.class, List.class);
    }
}

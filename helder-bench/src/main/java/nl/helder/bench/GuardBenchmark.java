package nl.helder.bench;

import nl.helder.guard.Guards;
import nl.helder.guard.InputGuard;
import nl.helder.guard.InjectionAssessment;
import nl.helder.guard.InputScan;
import nl.helder.guard.injection.InjectionGuard;
import nl.helder.guard.privacy.PrivacyGuard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privacy guard alone, the injection guard alone and all input guards together (personal data, redaction,
 * conversation signals, injection), on
 * one thread, per 1 KB Dutch customer message, beside a baseline measured in the same run: one pass of a precompiled {@code \d+} regular
 * expression over the same message, the cheapest scan a redactor could do. Sample mode reports p50 and p99.
 *
 * <p>Run: {@code java -cp helder-bench/target/helder-bench.jar org.openjdk.jmh.Main GuardBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The guards are some 2,700 compiled methods: on two cores the compiler takes 20-30 s to finish them (longer when
// the machine is busy), and figures taken before are of half-compiled code. Hence 30 s of warm-up.
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class GuardBenchmark {

    /** About 1 KB of a realistic Dutch message with personal data of several kinds, and look-alikes. */
    static final String MESSAGE = """
            Goedemiddag, mijn naam is Sanne de Vries en ik heb op 3 november een bank besteld (bestelnummer 784512369, \
            artikel VW-10045-GR). Volgens de track & trace 3SKAAA123456789 zou hij gisteren tussen 9:00 en 13:00 komen, \
            maar er is niemand geweest. Ik woon op de Kalverstraat 12a, 1012 NX Amsterdam, derde verdieping, de bel doet \
            het niet dus bel me op 06-12345678 als u voor de deur staat. Ik heb € 1.299,95 betaald met iDEAL. Als de bank \
            niet binnen een week komt wil ik mijn geld terug op NL91 ABNA 0417 1643 00. Mijn BSN is 111222333, dat vroeg \
            uw collega, al snap ik niet waarom. Ik ben overigens zwanger en kan niet zelf naar het afhaalpunt. Mailen kan \
            ook: sanne.devries@example.nl. De kast die ik eerder bestelde (factuur 2026-004512) is prima. Kunt u ook \
            zeggen of de bezorgers de bank naar boven kunnen dragen? De trap is smal, 80 cm breed, en de deur 78 cm. \
            Alvast bedankt voor de moeite, het is de derde keer dat ik contact opneem over deze bestelling.
            Met vriendelijke groet,
            Sanne de Vries
            """;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final InputGuard guard = Guards.standardInputGuard();
    private final InputGuard privacyOnly = InputGuard.builder().personalData(PrivacyGuard.standard()).build();

    private final InjectionGuard injection = InjectionGuard.standard();

    /** All input guards: personal data, redaction, conversation signals and injection. */
    @Benchmark
    public InputScan inputGuard() {
        return guard.scan(MESSAGE);
    }

    /** The privacy guard alone: detection, overlap resolution and redaction. */
    @Benchmark
    public InputScan privacyGuard() {
        return privacyOnly.scan(MESSAGE);
    }

    /** The injection guard alone: normalisation, patterns and model. */
    @Benchmark
    public InjectionAssessment injectionGuard() {
        return injection.assess(MESSAGE);
    }

    @Benchmark
    public int baselineDigitRegex() {
        Matcher matcher = DIGITS.matcher(MESSAGE);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

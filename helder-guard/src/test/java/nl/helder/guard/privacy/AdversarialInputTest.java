package nl.helder.guard.privacy;

import nl.helder.guard.Guards;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Pathological inputs of about 1 MB: each detector scans forward with bounded look-around, so the guard's
 * cost stays linear in the length. A quadratic path would take hours on these inputs; the generous bound
 *  below (60 s, so a machine shared with other builds does not trip it) only catches that; it does not measure
 * speed (the JMH benchmark does).
 */
class AdversarialInputTest {

    private static final int SIZE = 1_000_000;

    static Stream<String> inputs() {
        return Stream.of(
                "1".repeat(SIZE),
                "1 ".repeat(SIZE / 2),
                "1-".repeat(SIZE / 2),
                "1\u200B".repeat(SIZE / 2),
                "a@".repeat(SIZE / 2),
                "@".repeat(SIZE),
                "a.".repeat(SIZE / 2),
                "x".repeat(SIZE),
                " ".repeat(SIZE),
                "NL91".repeat(SIZE / 4),
                "AB-12-".repeat(SIZE / 6),
                "1234 AB ".repeat(SIZE / 8),
                "wachtwoord ".repeat(SIZE / 11),
                "geboren op ".repeat(SIZE / 11),
                "mijn naam is ".repeat(SIZE / 13),
                "Met vriendelijke groet, Jan ".repeat(SIZE / 28),
                "paspoort ".repeat(SIZE / 9),
                "Kalverstraat ".repeat(SIZE / 13),
                "Laan van ".repeat(SIZE / 9),
                "06-".repeat(SIZE / 3),
                "+31 6 ".repeat(SIZE / 6),
                "1.1.1.".repeat(SIZE / 6),
                "a:b:".repeat(SIZE / 4),
                "e\u0301\u0302\u0303\u0304".repeat(SIZE / 5),
                "٣".repeat(SIZE),
                "ＡＢ１２".repeat(SIZE / 4),
                "<div>".repeat(SIZE / 5),
                "kanker-".repeat(SIZE / 7));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("inputs")
    void finishesInLinearTime(String input) {
        var guard = Guards.standardInputGuard();
        var scan = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> guard.scan(input));
        assertThat(scan.redacted()).isNotNull();
    }
}

package nl.helder.probe;

import java.util.List;

/**
 * What one check found.
 *
 * @param rule     the rule the check rests on (article or guidance)
 * @param summary  why the verdict is what it is
 * @param evidence the exchanges it is based on
 */
public record CheckResult(String id, Verdict verdict, String rule, String summary, List<Exchange> evidence) {

    /** One message the probe sent and what the bot answered; {@code finding} says what the probe saw in it. */
    public record Exchange(String locale, String sent, String received, Verdict verdict, String finding) {
    }

    /** FAIL if any exchange failed, else INCONCLUSIVE if any was, else PASS. */
    static Verdict worst(List<Exchange> exchanges) {
        if (exchanges.stream().anyMatch(e -> e.verdict() == Verdict.FAIL)) {
            return Verdict.FAIL;
        }
        if (exchanges.isEmpty() || exchanges.stream().anyMatch(e -> e.verdict() == Verdict.INCONCLUSIVE)) {
            return Verdict.INCONCLUSIVE;
        }
        return Verdict.PASS;
    }
}

package nl.helder.probe;

/** The outcome of one check. */
public enum Verdict {
    PASS, FAIL, INCONCLUSIVE
}

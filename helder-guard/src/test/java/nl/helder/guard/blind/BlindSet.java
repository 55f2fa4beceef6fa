package nl.helder.guard.blind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The two files of one frozen blind evaluation set in {@code evaluation/blind/<set>/}: {@code <set>-tune.tsv}
 * (may be tuned on) and {@code <set>-report.tsv} (reported only). The sets were written by someone who never saw
 * the guards, so only their figures say how the guards do on phrasing nobody anticipated.
 */
public enum BlindSet {
    TUNE("tune"), REPORT("report");

    /**
     * The report files' individual mistakes stay hidden unless asked for: reading them is the first step to
     * tuning on them, after which their figures would no longer measure anything unseen.
     */
    public static final boolean SHOW_REPORT_MISTAKES = Boolean.getBoolean("showReportMistakes");

    private final String suffix;

    BlindSet(String suffix) {
        this.suffix = suffix;
    }

    /** The classpath resource of this split of {@code set}, e.g. {@code /evaluation/blind/signals/signals-report.tsv}. */
    public String resource(String set) {
        return "/evaluation/blind/" + set + "/" + set + "-" + suffix + ".tsv";
    }

    /** The data lines of this split of {@code set}: comments ({@code #}) and blank lines left out. */
    public List<String> lines(String set) {
        try (InputStream in = BlindSet.class.getResourceAsStream(resource(set))) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource(set));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the mistakes of the tune file; for the report file only their number, unless asked for. */
    public void printMistakes(List<String> mistakes) {
        if (this == TUNE || SHOW_REPORT_MISTAKES) {
            // One line per mistake, as in the files (a line break written as \\n).
            mistakes.forEach(m -> System.out.println("    " + m.replace("\n", "\\n")));
        } else {
            System.out.println("    (" + mistakes.size() + " mistakes on the report file not listed; -DshowReportMistakes=true lists them)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

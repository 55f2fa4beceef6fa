package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static nl.helder.guard.PersonalDataType.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy guard on the blind sets (written by authors who saw only the type definitions), scored with the
 * same overlap matching as {@link PrivacyEvaluation}. Round one: a tune file and a report file by one author;
 * round two: a train file by another author (tuned and trained on; no round-two report file exists for privacy);
 * round four: a train file by author K (tuned and trained on) and a report file by author L (reported only); round
 * seven: train files by authors K2 and K3 (tuned on; the name model trains on them) and a report file by author L2.
 * The floors are regression floors, not the targets. Re-run:
 * {@code ./mvnw -q -o -pl helder-guard -Dtest=BlindPrivacyEvaluationTest test}.
 */
class BlindPrivacyEvaluationTest {

    /**
     * Recall per type on the report file at the end of issue 14's second round minus 0.05, rounded down (that figure in
     * the comment; round one's first run in the README). Regression floors, not targets.
     */
    private static final Map<PersonalDataType, Double> RECALL_FLOOR = Map.ofEntries(
            Map.entry(BSN, 0.95 /* 1.000 */), Map.entry(IBAN, 0.95 /* 1.000 */), Map.entry(CARD, 0.91 /* 0.964 */),
            Map.entry(EMAIL, 0.95 /* 1.000 */), Map.entry(PHONE, 0.88 /* 0.931 */), Map.entry(POSTCODE, 0.91 /* 0.962 */),
            Map.entry(ADDRESS, 0.85 /* 0.906 */), Map.entry(DATE_OF_BIRTH, 0.84 /* 0.897 */), Map.entry(ID_DOCUMENT, 0.95 /* 1.000 */),
            Map.entry(LICENCE_PLATE, 0.95 /* 1.000 */), Map.entry(IP_ADDRESS, 0.95 /* 1.000 */), Map.entry(PASSWORD, 0.68 /* 0.731 */),
            Map.entry(PERSON_NAME, 0.90 /* 0.955 */), Map.entry(SPECIAL_CATEGORY, 0.76 /* 0.813 */));
    /** Overall precision on the report file at the end of round two (0.960), minus 0.05. */
    private static final double PRECISION_FLOOR = 0.91;

    @Test
    void reportFileStaysAboveItsFirstRun() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT);

        assertThat(report.overall().labelled).isEqualTo(493);
        RECALL_FLOOR.forEach((type, floor) -> assertThat(report.perType().get(type).recall())
                .as(type + "\n" + report.table()).isGreaterThanOrEqualTo(floor));
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    /** The tune file only prints: it is there to be tuned on. */
    @Test
    void tuneFileFigures() {
        assertThat(run(BlindSet.TUNE).overall().labelled).isEqualTo(240);
    }

    /** Round two's train file (another author, 320 messages) only prints: it is tuned and trained on. */
    @Test
    void roundTwoTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_2).overall().labelled).isEqualTo(413);
    }

    /** Round four's train file (author K, 320 messages) only prints: it is tuned and trained on. */
    @Test
    void roundFourTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_4).overall().labelled).isEqualTo(395);
    }

    /**
     * Recall per type on round four's report file at its first run (code {@code 3ba0464}, in the comment) minus 0.05,
     * rounded down. Regression floors, not targets.
     */
    private static final Map<PersonalDataType, Double> RECALL_FLOOR_4 = Map.ofEntries(
            Map.entry(BSN, 0.88 /* 0.938 */), Map.entry(IBAN, 0.95 /* 1.000 */), Map.entry(CARD, 0.95 /* 1.000 */),
            Map.entry(EMAIL, 0.95 /* 1.000 */), Map.entry(PHONE, 0.92 /* 0.976 */), Map.entry(POSTCODE, 0.85 /* 0.907 */),
            Map.entry(ADDRESS, 0.88 /* 0.936 */), Map.entry(DATE_OF_BIRTH, 0.85 /* 0.909 */), Map.entry(ID_DOCUMENT, 0.95 /* 1.000 */),
            Map.entry(LICENCE_PLATE, 0.95 /* 1.000 */), Map.entry(IP_ADDRESS, 0.95 /* 1.000 */), Map.entry(PASSWORD, 0.63 /* 0.688 */),
            Map.entry(PERSON_NAME, 0.89 /* 0.946 */), Map.entry(SPECIAL_CATEGORY, 0.67 /* 0.722 */));
    /** Overall precision on round four's report file at its first run (0.931), minus 0.05. */
    private static final double PRECISION_FLOOR_4 = 0.88;
    /** Share of its messages without personal data that get a finding at the first run (13/126 = 0.103), plus 0.03. */
    private static final double FALSE_ALARM_CEILING_4 = 0.133;

    /** Round four's report file (author L, 360 messages), by an author no tuned-on file was written by. */
    @Test
    void roundFourReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_4);

        assertThat(report.overall().labelled).isEqualTo(494);
        RECALL_FLOOR_4.forEach((type, floor) -> assertThat(report.perType().get(type).recall())
                .as(type + "\n" + report.table()).isGreaterThanOrEqualTo(floor));
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(PRECISION_FLOOR_4);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(FALSE_ALARM_CEILING_4);
    }

    /** Round seven's train files (authors K2 and K3, 360 messages each) only print: they are tuned and trained on. */
    @Test
    void roundSevenTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_7K2).overall().labelled).isEqualTo(608);
        assertThat(run(BlindSet.TRAIN_7K3).overall().labelled).isEqualTo(390);
    }

    /**
     * Recall per type on round seven's report file at its first run (code {@code 3363a2f}, the guard as round six left
     * it; in the comment) minus 0.05, rounded down. Regression floors, not targets.
     */
    private static final Map<PersonalDataType, Double> RECALL_FLOOR_7 = Map.ofEntries(
            Map.entry(BSN, 0.95 /* 1.000 */), Map.entry(IBAN, 0.95 /* 1.000 */), Map.entry(CARD, 0.95 /* 1.000 */),
            Map.entry(EMAIL, 0.95 /* 1.000 */), Map.entry(PHONE, 0.95 /* 1.000 */), Map.entry(POSTCODE, 0.92 /* 0.975 */),
            Map.entry(ADDRESS, 0.88 /* 0.931 */), Map.entry(DATE_OF_BIRTH, 0.91 /* 0.967 */), Map.entry(ID_DOCUMENT, 0.83 /* 0.889 */),
            Map.entry(LICENCE_PLATE, 0.95 /* 1.000 */), Map.entry(IP_ADDRESS, 0.95 /* 1.000 */), Map.entry(PASSWORD, 0.71 /* 0.769 */),
            Map.entry(PERSON_NAME, 0.83 /* 0.883 */), Map.entry(SPECIAL_CATEGORY, 0.83 /* 0.887 */));
    /** Overall precision on round seven's report file at its first run (0.960), minus 0.05. */
    private static final double PRECISION_FLOOR_7 = 0.91;
    /** Share of its messages without personal data that get a finding at the first run (10/124 = 0.081), plus 0.03. */
    private static final double FALSE_ALARM_CEILING_7 = 0.111;

    /** Round seven's report file (author L2, 360 messages), by an author no tuned-on file was written by. */
    @Test
    void roundSevenReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_7L2);

        assertThat(report.overall().labelled).isEqualTo(520);
        RECALL_FLOOR_7.forEach((type, floor) -> assertThat(report.perType().get(type).recall())
                .as(type + "\n" + report.table()).isGreaterThanOrEqualTo(floor));
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(PRECISION_FLOOR_7);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(FALSE_ALARM_CEILING_7);
    }

    /**
     * Round seven's last privacy author (L3, 360 messages), who wrote after every change of the round; the final guard's
     * first run (P 0.940 / R 0.940, 8 of 122 messages without personal data with a finding; round six's guard on the same
     * file: 0.930 / 0.928, 10) minus 0.05, and the false-alarm share plus 0.03. Regression floors, not targets.
     */
    @Test
    void roundSevenFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_7L3);

        assertThat(report.overall().labelled).isEqualTo(517);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.89);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.89);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.096);
    }

    /** Round eleven's train file (author K4, 300 messages) only prints: it is tuned and trained on. */
    @Test
    void roundElevenTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_11K4).overall().labelled).isEqualTo(428);
    }

    /**
     * Round eleven's report file (author L4, 300 messages): run after every step of the round, mistakes never printed.
     * First run (code {@code c6c67e5}, round ten's guard): P 0.954 / R 0.908, 7 of 106 messages without personal data with
     * a finding; floors: minus 0.05, the false-alarm share plus 0.03. Regression floors, not targets.
     */
    @Test
    void roundElevenReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_11L4);

        assertThat(report.overall().labelled).isEqualTo(348);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.904);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.858);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.096);
    }

    /**
     * Round eleven's final author (L5, 300 messages): run at the start by round ten's guard (P 0.921 / R 0.911, 15 of 104
     * messages without personal data with a finding; output kept unread) and once at the end by the final guard (P 0.930
     * / R 0.927, 12 of 104); floors: minus 0.05, the false-alarm share plus 0.03. Regression floors, not targets.
     */
    @Test
    void roundElevenFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_11L5);

        assertThat(report.overall().labelled).isEqualTo(316);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.88);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.877);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.145);
    }

    /** Round fifteen's train file (author A15, 300 messages) only prints: it is tuned on. */
    @Test
    void roundFifteenTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_15A).overall().labelled).isEqualTo(496);
    }

    /**
     * Round fifteen's report file (author R15, 300 messages): run after every step of the round, mistakes never printed.
     * First run (round fourteen's guard, {@code 3deffa6}): P 0.929 / R 0.860, 9 of 101 messages without personal data with
     * a finding; floors: minus 0.05, the false-alarm share plus 0.03. Regression floors, not targets.
     */
    @Test
    void roundFifteenReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_15R);

        assertThat(report.overall().labelled).isEqualTo(385);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.879);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.81);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.119);
    }

    /**
     * Round fifteen's final author (F15, 300 messages): run at the start by round fourteen's guard (P 0.923 / R 0.937, 12 of
     * 97 messages without personal data with a finding; output kept unread) and once at the end by the final guard: the
     * same figures, every finding the same. Floors: minus 0.05, the false-alarm share plus 0.03. Regression floors, not targets.
     */
    @Test
    void roundFifteenFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_15F);

        assertThat(report.overall().labelled).isEqualTo(474);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.873);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.887);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.154);
    }

    /** Round nineteen's train file (author A19, 300 messages) only prints: it is tuned on. */
    @Test
    void roundNineteenTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_19A).overall().labelled).isEqualTo(404);
    }

    /**
     * Round nineteen's report file (author R19, 300 messages): run after every step of the round, mistakes never printed.
     * First run (round fifteen's guard, {@code bc183e6}): P 0.904 / R 0.904, 21 of 105 messages without personal data with
     * a finding; floors: minus 0.05, the false-alarm share plus 0.03. Regression floors, not targets.
     */
    @Test
    void roundNineteenReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_19R);

        assertThat(report.overall().labelled).isEqualTo(407);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.854);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.854);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.230);
    }

    /**
     * Round nineteen's final author (F19, 300 messages): run at the start by round fifteen's guard (P 0.937 / R 0.904, 9 of
     * 101 messages without personal data with a finding; output kept unread) and once at the end by the final guard
     * ({@code bdf60bc}): P 0.937 / R 0.902, one health finding fewer. Floors: minus 0.05, the false-alarm share plus
     * 0.03. Regression floors, not targets.
     */
    @Test
    void roundNineteenFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_19F);

        assertThat(report.overall().labelled).isEqualTo(582);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.887);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.852);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.119);
    }

    /** Round twenty-three's train file (author A23, 300 messages) only prints: it is tuned on. */
    @Test
    void roundTwentyThreeTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_23A).overall().labelled).isEqualTo(387);
    }

    /**
     * Round twenty-three's report file (author R23, 300 messages): run after every step of the round, mistakes never printed.
     * First run (round nineteen's guard, {@code 341f325}): P 0.925 / R 0.903, 12 of 110 messages without personal data with
     * a finding; at the round's end 0.932 / 0.900, 10 of 110. Floors: the end minus 0.05, the false-alarm share plus 0.03.
     * Regression floors, not targets.
     */
    @Test
    void roundTwentyThreeReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_23R);

        assertThat(report.overall().labelled).isEqualTo(442);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.882);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.850);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.121);
    }

    /**
     * Round twenty-three's final author (F23, 300 messages): run at the start by round nineteen's guard (P 0.943 / R 0.922,
     * 6 of 101 messages without personal data with a finding; output kept unread) and once at the end by the final guard
     * ({@code 6d1608f} and its speed gates): P 0.945 / R 0.927, 6 of 101. Floors: minus 0.05, the false-alarm share plus
     * 0.03. Regression floors, not targets.
     */
    @Test
    void roundTwentyThreeFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_23F);

        assertThat(report.overall().labelled).isEqualTo(548);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.895);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.877);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.089);
    }

    /** Round twenty-seven's train file (author A27, 300 messages) only prints: it is tuned on. */
    @Test
    void roundTwentySevenTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_27A).overall().labelled).isEqualTo(381);
    }

    /**
     * Round twenty-seven's report file (author R27, 300 messages): run after every step of the round, mistakes never printed.
     * First run (session nineteen's guard, {@code a5bb20a}) and at the round's end ({@code ad7adff}): P 0.956 / R 0.924, 5 of
     * 106 messages without personal data with a finding. Floors: minus 0.05, the false-alarm share plus 0.03.
     */
    @Test
    void roundTwentySevenReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_27R);

        assertThat(report.overall().labelled).isEqualTo(423);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.906);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.874);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.078);
    }

    /**
     * Round twenty-seven's final author (F27, 300 messages): run at the start by session nineteen's guard (output kept
     * unread) and once at the end by the final guard ({@code ad7adff}): the same both times, P 0.954 / R 0.924, 5 of 100
     * messages without personal data with a finding. Floors: minus 0.05, the false-alarm share plus 0.03.
     */
    @Test
    void roundTwentySevenFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_27F);

        assertThat(report.overall().labelled).isEqualTo(382);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.904);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.874);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.08);
    }

    /**
     * Round twenty-nine's report file (author R29, 300 messages): run after every step of the round, mistakes never printed.
     * First run (round twenty-seven's guard, {@code 791419b}): P 0.921 / R 0.896, 18 of 108 messages without personal data
     * with a finding; after the round's step (values that are no one's, {@code 2deec9c}): P 0.925 / R 0.896, 17 of 108; with
     * the organisation's-account reading removed again: 0.923 / 0.896, 17 of 108; after the review's narrowing of the
     * example check ({@code bb7d8c6}): 0.921 / 0.896, 18 of 108.
     * Floors: minus 0.05, the false-alarm share plus 0.03.
     */
    @Test
    void roundTwentyNineReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_29R);

        assertThat(report.overall().labelled).isEqualTo(469);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.875);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.846);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.188);
    }

    /**
     * Round twenty-nine's final author (F29, 300 messages): run by round twenty-seven's guard ({@code 791419b}, output kept
     * unread): P 0.924 / R 0.922, 11 of 102 messages without personal data with a finding; by the round's guard
     * ({@code fd89617}): 0.929 / 0.919, 9 of 102, one real IBAN lost to the organisation's-account reading, which was
     * then removed; without it, and after the review's narrowing of the example check (later runs, by figures only, so
     * no longer blind final figures): 0.929 / 0.922, 9 of 102. Floors: minus
     * 0.05 from the first run, the false-alarm share plus 0.03.
     */
    @Test
    void roundTwentyNineFinalReportFile() {
        PrivacyEvaluation.Report report = run(BlindSet.REPORT_29F);

        assertThat(report.overall().labelled).isEqualTo(357);
        assertThat(report.overall().precision()).as(report.table()).isGreaterThanOrEqualTo(0.874);
        assertThat(report.overall().recall()).as(report.table()).isGreaterThanOrEqualTo(0.872);
        assertThat((double) report.negativeMessagesWithFindings() / report.negativeMessages()).as(report.table())
                .isLessThanOrEqualTo(0.138);
    }

    private static PrivacyEvaluation.Report run(BlindSet split) {
        List<String> lines = split.lines("privacy");
        List<PrivacyEvaluation.Message> messages = PrivacyEvaluation.tsv(lines, split.label() + "-", 1);
        PrivacyEvaluation.Report report = PrivacyEvaluation.run(PrivacyGuard.standard(), messages);
        System.out.println("Blind privacy, " + split.label() + " file (" + messages.size() + " messages):\n" + report.table());
        PrivacyEvaluation.Report repeats = PrivacyEvaluation.run(PrivacyGuard.standard(), messages, PrivacyEvaluation.Scoring.REPEATS);
        System.out.printf(Locale.ROOT, "Scored with repeats (a later mention of a labelled value counts as that value), %s file: "
                        + "P %.3f / R %.3f; names P %.3f / R %.3f%n", split.label(), repeats.overall().precision(),
                repeats.overall().recall(), repeats.perType().get(PERSON_NAME).precision(), repeats.perType().get(PERSON_NAME).recall());
        StringBuilder perLanguage = new StringBuilder("| lang | messages | labelled | precision | recall |\n|---|---|---|---|---|\n");
        for (String lang : List.of("nl", "en", "de", "fr")) {
            List<String> inLanguage = lines.stream().filter(line -> line.startsWith(lang + "\t")).toList();
            PrivacyEvaluation.Report part = PrivacyEvaluation.run(PrivacyGuard.standard(),
                    PrivacyEvaluation.tsv(inLanguage, split.label() + "-" + lang + "-", 1));
            perLanguage.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n", lang, inLanguage.size(),
                    part.overall().labelled, part.overall().precision(), part.overall().recall()));
        }
        System.out.println("Per language, " + split.label() + " file:\n" + perLanguage);
        split.printMistakes(report.mistakes());
        return report;
    }
}

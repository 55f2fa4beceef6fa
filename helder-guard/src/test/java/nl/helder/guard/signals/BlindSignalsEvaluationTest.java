package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.helder.guard.Signal.COMPLAINT;
import static nl.helder.guard.Signal.FRUSTRATION;
import static nl.helder.guard.Signal.HIGH_RISK_TOPIC;
import static nl.helder.guard.Signal.HUMAN_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal detector on the blind sets (written by authors who saw only the label definitions). The floors are the
 * round-one report file's figures after round two of issue 14 minus about 0.05, and the round-two report file's first
 * run minus 0.05; not the targets: they stop a silent slide, and should be raised as the detector improves. Re-run: {@code ./mvnw -q -o -pl helder-guard -Dtest=BlindSignalsEvaluationTest test}.
 */
class BlindSignalsEvaluationTest {

    /**
     * Round two of issue 14 (report file, final) recall 0.913, 0.811, 0.857, 0.822, each minus about 0.05 (after
     * round one, 96ca02e: 0.893, 0.789, 0.790, 0.800; first run: 0.650, 0.133, 0.390, 0.211).
     */
    private static final Map<Signal, Double> RECALL_FLOOR = Map.of(
            HUMAN_REQUEST, 0.86, COMPLAINT, 0.76, HIGH_RISK_TOPIC, 0.80, FRUSTRATION, 0.77);
    /**
     * Precision after round two 0.989, 0.859, 0.978, 0.871, minus about 0.05 where it rose; FRUSTRATION fell (0.889 after
     * round one), so its floor stays 0.85 (first run: 0.971, 0.500, 0.976, 0.760).
     */
    private static final Map<Signal, Double> PRECISION_FLOOR = Map.of(
            HUMAN_REQUEST, 0.93, COMPLAINT, 0.80, HIGH_RISK_TOPIC, 0.92, FRUSTRATION, 0.85);
    /** After round two 166/176 = 0.943 of the hard negatives without any signal, minus 0.05 (first run 161/176 = 0.915). */
    private static final double CLEAN_NEGATIVES_FLOOR = 0.89;

    @Test
    void reportFileStaysAboveItsFirstRun() {
        SignalsEvaluation.Report report = run(BlindSet.REPORT);

        assertThat(report.messages()).isEqualTo(461);
        assertAtOrAbove(report, RECALL_FLOOR, PRECISION_FLOOR, CLEAN_NEGATIVES_FLOOR);
    }

    /** The tune file only prints: it is there to be tuned on, so a floor on it would say little. */
    @Test
    void tuneFileFigures() {
        assertThat(run(BlindSet.TUNE).messages()).isEqualTo(220);
    }

    /** Round two, another author's 450 messages: trained on, so this figure is in-sample; it only prints. */
    @Test
    void roundTwoTrainFileFigures() {
        assertThat(run(BlindSet.TRAIN_2).messages()).isEqualTo(450);
    }

    /**
     * Round two, a third author's 420 messages: reported only. Floors are its first run (before any change of round
     * two, commit 83590c5's code) minus 0.05: recall 0.823, 0.632, 0.759, 0.813; precision 0.970, 0.846, 0.892, 0.859;
     * hard negatives clean 141/160 = 0.881. Regression floors, not targets.
     */
    @Test
    void roundTwoReportFileStaysAboveItsFirstRun() {
        staysAbove(BlindSet.REPORT_2, 420, floors(0.77, 0.58, 0.70, 0.76),
                floors(0.92, 0.79, 0.84, 0.80), 0.83);
    }

    /**
     * Round three, an author whose phrasing no file trained or tuned on shares (G, 420 messages): reported only, never
     * read. Floors are its first run (d2c81fb's detector, before any change of round three) minus 0.05: recall 0.909,
     * 0.655, 0.803, 0.897; precision 0.886, 0.760, 0.813, 0.787; hard negatives clean 133/160 = 0.831.
     */
    @Test
    void roundThreeReportFileStaysAboveItsFirstRun() {
        staysAbove(BlindSet.REPORT_3, 420, floors(0.85, 0.60, 0.75, 0.84),
                floors(0.83, 0.71, 0.76, 0.73), 0.78);
    }

    /**
     * Round five, a new author (S, 420 messages) whose phrasing no file trained or tuned on shares, written after
     * round three's signal work was finished: reported only, never read. Its first run is the honest figure of the
     * detector as it ships (round three's report file G had been run after every step). Floors: first run minus 0.05.
     */
    @Test
    void roundFiveReportFileStaysAboveItsFirstRun() {
        // first run (`48beee3`): recall 0.843, 0.750, 0.847, 0.893; precision 0.921, 0.851, 0.900, 0.753; clean 135/159
        staysAbove(BlindSet.REPORT_5, 420, floors(0.79, 0.70, 0.79, 0.84),
                floors(0.87, 0.80, 0.85, 0.70), 0.79);
    }

    /**
     * Round six, a new author (T, 420 messages) writing after round five: reported only, never read. Committed
     * before any change of round six; its first run is the detector as round five shipped it.
     */
    @Test
    void roundSixReportFile() {
        // first run (round five's detector, d9e7ad0's guard): recall 0.940, 0.682, 0.907, 0.831; precision 0.940, 0.795, 0.830, 0.758; clean 129/160
        staysAbove(BlindSet.REPORT_6, 420, floors(0.89, 0.63, 0.85, 0.78),
                floors(0.89, 0.74, 0.78, 0.70), 0.75);
    }

    /**
     * Round six's last report file (J, 420 messages), written at the end of the round after every change of it and
     * committed before its first run: that run is the final detector's figure on a stranger's phrasing. Floors: that
     * first run minus 0.05.
     */
    @Test
    void roundSixFinalReportFile() {
        // first run (c5d2c4d, the final detector): recall 0.950, 0.764, 0.802, 0.888; precision 0.938, 0.895, 0.913, 0.789; clean 141/160
        // (round five's detector, d9e7ad0, on the same file: recall 0.925, 0.730, 0.780, 0.863; precision 0.925, 0.878, 0.888, 0.802; 140/160)
        staysAbove(BlindSet.REPORT_6J, 420, floors(0.90, 0.71, 0.75, 0.83), floors(0.88, 0.84, 0.86, 0.73), 0.83);
    }

    /**
     * Round six, three new authors' 450 messages each (U: many kinds of writer; V: the indirect, understated and
     * buried; W: chat register). Their first run, before anything was trained or tuned on them, is an unseen figure
     * (docs/evaluation.md); from then on they are trained and tuned on and only print.
     */
    @Test
    void roundSixTrainFiles() {
        assertThat(run(BlindSet.TRAIN_6U).messages()).isEqualTo(450);
        assertThat(run(BlindSet.TRAIN_6V).messages()).isEqualTo(450);
        assertThat(run(BlindSet.TRAIN_6W).messages()).isEqualTo(450);
    }

    /**
     * Round six's second batch (X: the sectors chat serves least well; Y: long messages mixing several matters; Z:
     * regional usage and second-language writers), 450 each, written after the first batch was trained on; their first
     * run is an unseen figure of the detector after the first batch (docs/evaluation.md); then trained on.
     */
    @Test
    void roundSixSecondTrainFiles() {
        assertThat(run(BlindSet.TRAIN_6X).messages()).isEqualTo(450);
        assertThat(run(BlindSet.TRAIN_6Y).messages()).isEqualTo(450);
        assertThat(run(BlindSet.TRAIN_6Z).messages()).isEqualTo(450);
    }

    /**
     * Round nine, two new authors' 450 messages each (A9: German- and French-speaking customers; B9: situations told
     * rather than named). Their first run, before anything was trained or tuned on them, is an unseen figure
     * (docs/evaluation.md); from then on they are trained and tuned on and only print.
     */
    @Test
    void roundNineTrainFiles() {
        assertThat(run(BlindSet.TRAIN_9A).messages()).isEqualTo(450);
        assertThat(run(BlindSet.TRAIN_9B).messages()).isEqualTo(450);
    }

    /** Round nine, a new author (R9, 420 messages): reported only, never read; committed before any change of round nine. */
    @Test
    void roundNineReportFile() {
        // first run (round eight's guard, e815411): recall 0.860, 0.708, 0.796, 0.864; precision 0.915, 0.930, 0.937, 0.814; clean 143/160
        staysAbove(BlindSet.REPORT_9R, 420, floors(0.81, 0.65, 0.74, 0.81), floors(0.86, 0.88, 0.88, 0.76), 0.84);
    }

    /**
     * Round nine's final report file (F9, 420 messages), written at the round's start with the others, committed before any
     * change and run only at the end: once by round eight's detector (sealed until then) and once by the round's final one.
     */
    @Test
    void roundNineFinalReportFile() {
        // final detector (2dfadec): recall 0.830, 0.704, 0.865, 0.955; precision 0.917, 0.932, 0.970, 0.904; clean 145/156
        // (round eight's detector, e815411, on the same file: recall 0.821, 0.663, 0.793, 0.955; precision 0.897, 0.915, 0.967, 0.850; 142/156)
        staysAbove(BlindSet.REPORT_9F, 420, floors(0.78, 0.65, 0.81, 0.90), floors(0.86, 0.88, 0.92, 0.85), 0.87);
    }

    /** Round twelve's train file (A12, 360 messages): its first run is an unseen figure; then trained and tuned on, it only prints. */
    @Test
    void roundTwelveTrainFile() {
        assertThat(run(BlindSet.TRAIN_12A).messages()).isEqualTo(360);
    }

    /** Round twelve, a new author (R12, 360 messages): reported only, mistakes never printed; run after every step. */
    @Test
    void roundTwelveReportFile() {
        // first run (round eleven's guard, d7c24c3): recall 0.873, 0.814, 0.827, 0.942; precision 0.972, 0.897, 0.931, 0.813; clean 122/136
        staysAbove(BlindSet.REPORT_12R, 360, floors(0.82, 0.76, 0.77, 0.89), floors(0.92, 0.84, 0.88, 0.76), 0.84);
    }

    /** Round twelve's final author (F12, 360 messages): run by round eleven's guard at the start (output unread) and once at the end. */
    @Test
    void roundTwelveFinalReportFile() {
        // final detector: recall 0.961, 0.835, 0.900, 0.973; precision 0.973, 0.904, 0.920, 0.855; clean 115/132
        // (round eleven's detector, d7c24c3, on the same file: recall 0.961, 0.810, 0.900, 0.986; precision 0.973, 0.901, 0.931, 0.809; 112/132)
        staysAbove(BlindSet.REPORT_12F, 360, floors(0.91, 0.78, 0.85, 0.92), floors(0.92, 0.85, 0.87, 0.80), 0.82);
    }

    /** Round thirteen's train file (A13, 360 messages): its first run is an unseen figure; then trained and tuned on, it only prints. */
    @Test
    void roundThirteenTrainFile() {
        assertThat(run(BlindSet.TRAIN_13A).messages()).isEqualTo(360);
    }

    /** Round thirteen, a new author (R13, 360 messages): reported only, mistakes never printed; run after every step. */
    @Test
    void roundThirteenReportFile() {
        // first run (round twelve's guard, cf58d32): recall 0.814, 0.713, 0.764, 0.917; precision 0.959, 0.931, 0.971, 0.868; clean 123/132
        staysAbove(BlindSet.REPORT_13R, 360, floors(0.76, 0.66, 0.71, 0.87), floors(0.91, 0.88, 0.92, 0.82), 0.88);
    }

    /** Round thirteen's final author (F13, 360 messages): run by round twelve's guard at the start (output unread) and once at the end. */
    @Test
    void roundThirteenFinalReportFile() {
        // final detector (88d9871): recall 0.944, 0.783, 0.701, 0.941; precision 0.971, 0.844, 0.971, 0.831; clean 123/129
        // (round twelve's detector, cf58d32, on the same file: recall 0.958, 0.807, 0.701, 0.941; precision 0.971, 0.848, 0.971, 0.831; 123/129)
        staysAbove(BlindSet.REPORT_13F, 360, floors(0.89, 0.73, 0.65, 0.89), floors(0.92, 0.79, 0.92, 0.78), 0.90);
    }

    /** Round seventeen's train file (A17, 360 messages): its first run is an unseen figure; then trained and tuned on, it only prints. */
    @Test
    void roundSeventeenTrainFile() {
        assertThat(run(BlindSet.TRAIN_17A).messages()).isEqualTo(360);
    }

    /** Round seventeen, a new author (R17, 360 messages): reported only, mistakes never printed; run after every step. */
    @Test
    void roundSeventeenReportFile() {
        // first run (round thirteen's detector, 3ef21ea): recall 0.882, 0.756, 0.894, 0.878; precision 0.949, 0.899, 0.903, 0.756; clean 111/134
        // final detector (e107515): recall 0.894, 0.768, 0.894, 0.892; precision 0.962, 0.900, 0.903, 0.759; clean 111/134
        staysAbove(BlindSet.REPORT_17R, 360, floors(0.84, 0.71, 0.84, 0.84), floors(0.91, 0.85, 0.85, 0.70), 0.78);
    }

    /** Round seventeen's final author (F17, 360 messages): run by round thirteen's detector at the start (output unread) and once at the end. */
    @Test
    void roundSeventeenFinalReportFile() {
        // final detector (e107515): recall 0.906, 0.805, 0.796, 0.985; precision 0.906, 0.873, 0.867, 0.838; clean 107/129
        // (round thirteen's detector, 3ef21ea, on the same file: recall 0.918, 0.805, 0.796, 0.985; precision 0.907, 0.886, 0.867, 0.827; 106/129)
        staysAbove(BlindSet.REPORT_17F, 360, floors(0.85, 0.75, 0.74, 0.93), floors(0.85, 0.82, 0.81, 0.78), 0.78);
    }

    /** Round twenty-one's train file (A21, 305 messages): its first run is an unseen figure; then trained and tuned on, it only prints. */
    @Test
    void roundTwentyOneTrainFile() {
        assertThat(run(BlindSet.TRAIN_21A).messages()).isEqualTo(305);
    }

    /** Round twenty-one, a new author (R21, 304 messages): reported only, mistakes never printed; run after every step. */
    @Test
    void roundTwentyOneReportFile() {
        // first run (round seventeen's detector, cd1833e; the round's changes were undone, so also its last):
        // recall 0.918, 0.889, 0.909, 0.931; precision 0.933, 0.933, 0.952, 0.900; clean 99/109
        staysAbove(BlindSet.REPORT_21R, 304, floors(0.86, 0.83, 0.85, 0.88), floors(0.88, 0.88, 0.90, 0.85), 0.86);
    }

    /** Round twenty-one's final author (F21, 272 messages): run by round seventeen's detector at the start (output unread) and once at the end. */
    @Test
    void roundTwentyOneFinalReportFile() {
        // round seventeen's detector, at the start and (the round's changes undone) at the end: recall 0.964, 0.864, 0.844,
        // 0.940; precision 0.900, 0.850, 0.956, 0.810; clean 84/97
        staysAbove(BlindSet.REPORT_21F, 272, floors(0.91, 0.81, 0.79, 0.89), floors(0.85, 0.80, 0.90, 0.76), 0.81);
    }

    /** Round twenty-five's train file (A25, 332 messages): its first run is an unseen figure; then trained and tuned on, it only prints. */
    @Test
    void roundTwentyFiveTrainFile() {
        assertThat(run(BlindSet.TRAIN_25A).messages()).isEqualTo(332);
    }

    /** Round twenty-five, a new author (R25, 323 messages): reported only, mistakes never printed; run after every step. */
    @Test
    void roundTwentyFiveReportFile() {
        // first run (round seventeen's detector, cb98399) and after every step of the round, the same: recall 0.944,
        // 0.865, 0.833, 0.924; precision 0.986, 0.914, 0.933, 0.897; clean 109/118
        staysAbove(BlindSet.REPORT_25R, 323, floors(0.89, 0.81, 0.78, 0.87), floors(0.93, 0.86, 0.88, 0.84), 0.87);
    }

    /** Round twenty-five's final author (F25, 336 messages): run by round seventeen's detector at the start (output unread) and once at the end. */
    @Test
    void roundTwentyFiveFinalReportFile() {
        // final detector (3a2d6f3): recall 0.868, 0.895, 0.874, 0.938; precision 0.917, 0.907, 0.905, 0.833; clean 103/123
        // (round seventeen's detector, cb98399, at the start: recall 0.855, 0.895, 0.862, 0.938; precision 0.915, 0.907, 0.904, 0.833; 103/123)
        staysAbove(BlindSet.REPORT_25F, 336, floors(0.81, 0.84, 0.82, 0.88), floors(0.86, 0.85, 0.85, 0.78), 0.78);
    }

    /** Round thirty's train file (A30, 340 messages): its first run is an unseen figure; then trained and tuned on, it only prints. */
    @Test
    void roundThirtyTrainFile() {
        assertThat(run(BlindSet.TRAIN_30A).messages()).isEqualTo(340);
    }

    /** Round thirty, a new author (R30, 337 messages): reported only, mistakes never printed; run after every step. */
    @Test
    void roundThirtyReportFile() {
        // first run (round twenty-five's detector, 17b95337): recall 0.879, 0.783, 0.673, 0.871; precision 0.951, 0.806,
        // 0.892, 0.818; clean 101/122
        staysAbove(BlindSet.REPORT_30R, 337, floors(0.84, 0.74, 0.63, 0.83), floors(0.91, 0.76, 0.85, 0.77), 0.79);
    }

    /** Round three, a fourth author's 450 messages (D): to train and tune on; it only prints. */
    @Test
    void roundThreeTrainFileD() {
        assertThat(run(BlindSet.TRAIN_3D).messages()).isEqualTo(450);
    }

    /** Round three, a fifth author's 450 messages, more German and French (E): to train and tune on; it only prints. */
    @Test
    void roundThreeTrainFileE() {
        assertThat(run(BlindSet.TRAIN_3E).messages()).isEqualTo(450);
    }

    /** Runs a report file: its size, then recall and precision floors (each in {@link Signal} order) and the share of hard negatives left alone. */
    private static void staysAbove(BlindSet split, int messages, Map<Signal, Double> recallFloor, Map<Signal, Double> precisionFloor,
                                   double cleanNegativesFloor) {
        SignalsEvaluation.Report report = run(split);
        assertThat(report.messages()).isEqualTo(messages);
        assertAtOrAbove(report, recallFloor, precisionFloor, cleanNegativesFloor);
    }

    /** A floor per signal, given in {@link Signal} order: HUMAN_REQUEST, COMPLAINT, HIGH_RISK_TOPIC, FRUSTRATION. */
    private static Map<Signal, Double> floors(double... perSignal) {
        if (perSignal.length != Signal.values().length) {
            throw new IllegalArgumentException("one floor per signal, in Signal order: " + java.util.Arrays.toString(perSignal));
        }
        Map<Signal, Double> floors = new java.util.EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            floors.put(signal, perSignal[signal.ordinal()]);
        }
        return floors;
    }

    private static void assertAtOrAbove(SignalsEvaluation.Report report, Map<Signal, Double> recallFloor, Map<Signal, Double> precisionFloor,
                                        double cleanNegativesFloor) {
        for (Signal signal : recallFloor.keySet()) {
            assertThat(report.perSignal().get(signal).recall()).as(signal + " recall\n" + report.table())
                    .isGreaterThanOrEqualTo(recallFloor.get(signal));
            assertThat(report.perSignal().get(signal).precision()).as(signal + " precision\n" + report.table())
                    .isGreaterThanOrEqualTo(precisionFloor.get(signal));
        }
        assertThat((double) report.cleanNegatives() / report.negatives()).as(report.table()).isGreaterThanOrEqualTo(cleanNegativesFloor);
    }

    private static SignalsEvaluation.Report run(BlindSet split) {
        SignalsEvaluation.Report report = SignalsEvaluation.run(new ConversationSignals(), SignalsEvaluation.parse(split.lines("signals")));
        System.out.println("Blind signals, " + split.label() + " file (" + report.messages() + " messages):\n" + report.table());
        System.out.println(report.languageTable());
        split.printMistakes(report.mistakes());
        return report;
    }
}

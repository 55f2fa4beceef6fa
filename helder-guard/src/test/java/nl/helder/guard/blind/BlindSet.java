package nl.helder.guard.blind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One file of a frozen blind evaluation set. Round one ({@code evaluation/blind/<set>/}) is one author's pool split
 * into {@code <set>-tune.tsv} (may be tuned on) and {@code <set>-report.tsv} (reported only). Round two
 * ({@code evaluation/blind2/<set>/}) adds files by <em>other</em> authors: {@code <set>-train.tsv} to train and tune
 * on, and for some sets {@code <set>-report.tsv}, a second report file whose author shares nothing with the files
 * tuned on, so it says how the guards do on a stranger's phrasing. Round three ({@code evaluation/blind3/<set>/})
 * does the same again with new authors, for the signals and the answers; round four ({@code evaluation/blind4/<set>/})
 * for personal data and injection; round five ({@code evaluation/blind5/<set>/}) for the answers (and a fresh signals
 * report file); round six ({@code evaluation/blind6/<set>/}) for the signals and answers; round seven
 * ({@code evaluation/blind7/<set>/}) for personal data and injection again; round eight for the answers; round nine
 * ({@code evaluation/blind9/<set>/}) for the signals; round ten ({@code evaluation/blind10/<set>/}) for the answers. None of the authors ever saw the guards.
 */
public final class BlindSet {

    public static final BlindSet TUNE = new BlindSet("tune", false, "/evaluation/blind/%1$s/%1$s-tune.tsv");
    public static final BlindSet REPORT = new BlindSet("report", true, "/evaluation/blind/%1$s/%1$s-report.tsv");
    /** Round two, another author: trained and tuned on. */
    public static final BlindSet TRAIN_2 = new BlindSet("round-two train", false, "/evaluation/blind2/%1$s/%1$s-train.tsv");
    /** Round two, yet another author: reported only, never tuned on. */
    public static final BlindSet REPORT_2 = new BlindSet("round-two report", true, "/evaluation/blind2/%1$s/%1$s-report.tsv");

    /** Round three, a fourth author (D): trained and tuned on. Signals only. */
    public static final BlindSet TRAIN_3D = new BlindSet("round-three train (D)", false, "/evaluation/blind3/%1$s/%1$s-train-d.tsv");
    /** Round three, a fifth author (E), more German and French: trained and tuned on. Signals only. */
    public static final BlindSet TRAIN_3E = new BlindSet("round-three train (E)", false, "/evaluation/blind3/%1$s/%1$s-train-e.tsv");
    /** Round three, another author (F): trained and tuned on. Answers only. */
    public static final BlindSet TRAIN_3 = new BlindSet("round-three train", false, "/evaluation/blind3/%1$s/%1$s-train.tsv");
    /** Round three, an author no file tuned on was written by: reported only, first run before any change of round three. */
    public static final BlindSet REPORT_3 = new BlindSet("round-three report", true, "/evaluation/blind3/%1$s/%1$s-report.tsv");

    /** Round four, a new author (K for privacy, M for injection): trained and tuned on. Privacy and injection only. */
    public static final BlindSet TRAIN_4 = new BlindSet("round-four train", false, "/evaluation/blind4/%1$s/%1$s-train.tsv");
    /** Round four, an author no file tuned on was written by (L, N): reported only, first run before any change of round four. */
    public static final BlindSet REPORT_4 = new BlindSet("round-four report", true, "/evaluation/blind4/%1$s/%1$s-report.tsv");

    /** Round five, a new author (P): trained and tuned on. Answers only. */
    public static final BlindSet TRAIN_5 = new BlindSet("round-five train", false, "/evaluation/blind5/%1$s/%1$s-train.tsv");
    /** Round five, authors no file tuned on was written by (Q for answers, S for signals): reported only, first run before any change. */
    public static final BlindSet REPORT_5 = new BlindSet("round-five report", true, "/evaluation/blind5/%1$s/%1$s-report.tsv");

    /** Round six, three new authors (U, V, W): trained and tuned on. Signals only. */
    public static final BlindSet TRAIN_6U = new BlindSet("round-six train (U)", false, "/evaluation/blind6/%1$s/%1$s-train-u.tsv");
    /** Round six, see {@link #TRAIN_6U}. */
    public static final BlindSet TRAIN_6V = new BlindSet("round-six train (V)", false, "/evaluation/blind6/%1$s/%1$s-train-v.tsv");
    /** Round six, see {@link #TRAIN_6U}. */
    public static final BlindSet TRAIN_6W = new BlindSet("round-six train (W)", false, "/evaluation/blind6/%1$s/%1$s-train-w.tsv");
    /** Round six, see {@link #TRAIN_6U}: a second batch of three authors (X, Y, Z), written after the first was trained on. */
    public static final BlindSet TRAIN_6X = new BlindSet("round-six train (X)", false, "/evaluation/blind6/%1$s/%1$s-train-x.tsv");
    /** Round six, see {@link #TRAIN_6X}. */
    public static final BlindSet TRAIN_6Y = new BlindSet("round-six train (Y)", false, "/evaluation/blind6/%1$s/%1$s-train-y.tsv");
    /** Round six, see {@link #TRAIN_6X}. */
    public static final BlindSet TRAIN_6Z = new BlindSet("round-six train (Z)", false, "/evaluation/blind6/%1$s/%1$s-train-z.tsv");
    /** Round six, two new answers authors (P2, P3): trained and tuned on. Answers only. */
    public static final BlindSet TRAIN_6P2 = new BlindSet("round-six train (P2)", false, "/evaluation/blind6/%1$s/%1$s-train-p2.tsv");
    /** Round six, see {@link #TRAIN_6P2}. */
    public static final BlindSet TRAIN_6P3 = new BlindSet("round-six train (P3)", false, "/evaluation/blind6/%1$s/%1$s-train-p3.tsv");
    /**
     * Round six, the last author (J, signals): written at the round's end, after every change of it, and run once by
     * the final detector: its first run is that detector's figure on phrasing nobody tuned it on. Reported only.
     */
    public static final BlindSet REPORT_6J = new BlindSet("round-six final report (J)", true, "/evaluation/blind6/%1$s/%1$s-report-j.tsv");
    /** Round six, an author no file tuned on was written by (T, signals): reported only, first run before any change. */
    public static final BlindSet REPORT_6 = new BlindSet("round-six report", true, "/evaluation/blind6/%1$s/%1$s-report.tsv");

    /** Round seven, two new privacy authors (K2, K3): trained and tuned on. Privacy only. */
    public static final BlindSet TRAIN_7K2 = new BlindSet("round-seven train (K2)", false, "/evaluation/blind7/%1$s/%1$s-train-k2.tsv");
    /** Round seven, see {@link #TRAIN_7K2}. */
    public static final BlindSet TRAIN_7K3 = new BlindSet("round-seven train (K3)", false, "/evaluation/blind7/%1$s/%1$s-train-k3.tsv");
    /** Round seven, an author no file tuned on was written by (L2, privacy): reported only, first run before any change. */
    public static final BlindSet REPORT_7L2 = new BlindSet("round-seven report (L2)", true, "/evaluation/blind7/%1$s/%1$s-report-l2.tsv");
    /** Round seven, two new injection authors (M2, M3): trained and tuned on. Injection only. */
    public static final BlindSet TRAIN_7M2 = new BlindSet("round-seven train (M2)", false, "/evaluation/blind7/%1$s/%1$s-train-m2.tsv");
    /** Round seven, see {@link #TRAIN_7M2}. */
    public static final BlindSet TRAIN_7M3 = new BlindSet("round-seven train (M3)", false, "/evaluation/blind7/%1$s/%1$s-train-m3.tsv");
    /** Round seven, an author no file tuned on was written by (N2, injection): reported only, first run before any change. */
    public static final BlindSet REPORT_7N2 = new BlindSet("round-seven report (N2)", true, "/evaluation/blind7/%1$s/%1$s-report-n2.tsv");

    /**
     * Round seven, the last two authors (L3 for privacy, N3 for injection): written at the round's end, after every change
     * of it, and run once by the final guards (and once by round six's, for a before): reported only.
     */
    public static final BlindSet REPORT_7L3 = new BlindSet("round-seven final report (L3)", true, "/evaluation/blind7/%1$s/%1$s-report-l3.tsv");
    /** Round seven, see {@link #REPORT_7L3}. */
    public static final BlindSet REPORT_7N3 = new BlindSet("round-seven final report (N3)", true, "/evaluation/blind7/%1$s/%1$s-report-n3.tsv");
    /** Round eight, two new answers authors (P4: the sectors chat serves least well, long answers; P5: personas, chat register): trained and tuned on. Answers only. */
    public static final BlindSet TRAIN_8P4 = new BlindSet("round-eight train (P4)", false, "/evaluation/blind8/%1$s/%1$s-train-p4.tsv");
    /** Round eight, see {@link #TRAIN_8P4}. */
    public static final BlindSet TRAIN_8P5 = new BlindSet("round-eight train (P5)", false, "/evaluation/blind8/%1$s/%1$s-train-p5.tsv");
    /**
     * Round eight, a fifth answers author (D): answers in which the assistant speaks in the first person, CLEAN or
     * CLAIMS_HUMAN only (no manipulation), written after the person-talk model's first trials showed that honest
     * first-person service answers were the data it lacked. Trained and tuned on.
     */
    public static final BlindSet TRAIN_8D = new BlindSet("round-eight train (D, first person)", false, "/evaluation/blind8/%1$s/%1$s-train-d.tsv");
    /** Round eight, an answers author no file tuned on was written by (Q2): reported only, first run before any change, run after every step. */
    public static final BlindSet REPORT_8Q2 = new BlindSet("round-eight report (Q2)", true, "/evaluation/blind8/%1$s/%1$s-report-q2.tsv");
    /**
     * Round eight, the final answers author (Q3): written at the round's start like the others but run only twice, at the
     * end: by the round's final guard and by the guard before the round. Reported only.
     */
    public static final BlindSet REPORT_8Q3 = new BlindSet("round-eight final report (Q3)", true, "/evaluation/blind8/%1$s/%1$s-report-q3.tsv");

    /**
     * Round nine, two new signals authors (A9: German- and French-speaking customers; B9: situations told rather than
     * named): trained and tuned on. Signals only.
     */
    public static final BlindSet TRAIN_9A = new BlindSet("round-nine train (A9)", false, "/evaluation/blind9/%1$s/%1$s-train-a9.tsv");
    /** Round nine, see {@link #TRAIN_9A}. */
    public static final BlindSet TRAIN_9B = new BlindSet("round-nine train (B9)", false, "/evaluation/blind9/%1$s/%1$s-train-b9.tsv");
    /** Round nine, a signals author no file tuned on was written by (R9): reported only, first run before any change, run after every step. */
    public static final BlindSet REPORT_9R = new BlindSet("round-nine report (R9)", true, "/evaluation/blind9/%1$s/%1$s-report-r9.tsv");
    /**
     * Round nine, the final signals author (F9): written at the round's start like the others but run only at the end, by
     * the round's final detector and by the detector before the round. Reported only.
     */
    public static final BlindSet REPORT_9F = new BlindSet("round-nine final report (F9)", true, "/evaluation/blind9/%1$s/%1$s-report-f9.tsv");

    /**
     * Round ten, two new answers authors from one brief ({@code blind10/briefs}): A10 (manipulation in plain, calm
     * sentences: obstruction, rights narrowed, false procedures, silent add-ons; honest firm answers beside it) and B10
     * (assistants that talk about themselves: a human claim in few words or in passing, honest first-person bot talk).
     * Trained and tuned on. Answers only.
     */
    public static final BlindSet TRAIN_10A = new BlindSet("round-ten train (A10)", false, "/evaluation/blind10/%1$s/%1$s-train-a10.tsv");
    /** Round ten, see {@link #TRAIN_10A}. */
    public static final BlindSet TRAIN_10B = new BlindSet("round-ten train (B10)", false, "/evaluation/blind10/%1$s/%1$s-train-b10.tsv");
    /** Round ten, an answers author no file tuned on was written by (R10): reported only, first run before any change, run after every step. */
    public static final BlindSet REPORT_10R = new BlindSet("round-ten report (R10)", true, "/evaluation/blind10/%1$s/%1$s-report-r10.tsv");
    /**
     * Round ten, the final answers author (F10): written at the round's start like the others but run only at the end, by
     * the round's final guard and by the guard before the round. Reported only.
     */
    public static final BlindSet REPORT_10F = new BlindSet("round-ten final report (F10)", true, "/evaluation/blind10/%1$s/%1$s-report-f10.tsv");

    /**
     * Round eleven, personal data and injection again, six authors from two briefs ({@code blind11/briefs}): train files
     * K4 (personal data: family matters, life events, identity documents) and M4 (injection: attacks worded as ordinary
     * polite requests; technical and suspicious customers' look-alikes), tuned and trained on.
     */
    public static final BlindSet TRAIN_11K4 = new BlindSet("round-eleven train (K4)", false, "/evaluation/blind11/%1$s/%1$s-train-k4.tsv");
    /** Round eleven, see {@link #TRAIN_11K4}. */
    public static final BlindSet TRAIN_11M4 = new BlindSet("round-eleven train (M4)", false, "/evaluation/blind11/%1$s/%1$s-train-m4.tsv");
    /** Round eleven, report authors no tuned-on file was written by (L4, N4): first run before any change, run after every step. */
    public static final BlindSet REPORT_11L4 = new BlindSet("round-eleven report (L4)", true, "/evaluation/blind11/%1$s/%1$s-report-l4.tsv");
    /** Round eleven, see {@link #REPORT_11L4}. */
    public static final BlindSet REPORT_11N4 = new BlindSet("round-eleven report (N4)", true, "/evaluation/blind11/%1$s/%1$s-report-n4.tsv");
    /**
     * Round eleven, the final authors (L5, N5): written at the round's start like the others, run by round ten's guard
     * then with the output kept unread, and by the final guard once at the end.
     */
    public static final BlindSet REPORT_11L5 = new BlindSet("round-eleven final report (L5)", true, "/evaluation/blind11/%1$s/%1$s-report-l5.tsv");
    /** Round eleven, see {@link #REPORT_11L5}. */
    public static final BlindSet REPORT_11N5 = new BlindSet("round-eleven final report (N5)", true, "/evaluation/blind11/%1$s/%1$s-report-n5.tsv");


    /**
     * Round twelve, the conversation signals again, three authors from round nine's brief ({@code blind12/briefs}): train
     * A12 (dissatisfaction without the word, situations mentioned in passing, their look-alikes), tuned and trained on.
     */
    public static final BlindSet TRAIN_12A = new BlindSet("round-twelve train (A12)", false, "/evaluation/blind12/%1$s/%1$s-train-a12.tsv");
    /** Round twelve, a report author no tuned-on file was written by (R12): first run before any change, run after every step. */
    public static final BlindSet REPORT_12R = new BlindSet("round-twelve report (R12)", true, "/evaluation/blind12/%1$s/%1$s-report-r12.tsv");
    /** Round twelve, the final author (F12): written at the round's start, run by round eleven's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_12F = new BlindSet("round-twelve final report (F12)", true, "/evaluation/blind12/%1$s/%1$s-report-f12.tsv");

    /**
     * Round thirteen, the conversation signals again, three authors from round nine's brief ({@code blind13/briefs}): train
     * A13 (older customers and second-language writers, signals told indirectly), tuned and trained on.
     */
    public static final BlindSet TRAIN_13A = new BlindSet("round-thirteen train (A13)", false, "/evaluation/blind13/%1$s/%1$s-train-a13.tsv");
    /** Round thirteen, a report author no tuned-on file was written by (R13): first run before any change, run after every step. */
    public static final BlindSet REPORT_13R = new BlindSet("round-thirteen report (R13)", true, "/evaluation/blind13/%1$s/%1$s-report-r13.tsv");
    /** Round thirteen, the final author (F13): written at the round's start, run by round twelve's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_13F = new BlindSet("round-thirteen final report (F13)", true, "/evaluation/blind13/%1$s/%1$s-report-f13.tsv");

    /**
     * Round seventeen, signals again, three authors from round nine's brief unchanged ({@code blind17/briefs}): train
     * A17 (housing, water, a municipality's income desk, an insurer, a marketplace; people under strain and dictation
     * by voice), tuned and trained on.
     */
    public static final BlindSet TRAIN_17A = new BlindSet("round-seventeen train (A17)", false, "/evaluation/blind17/%1$s/%1$s-train-a17.tsv");
    /** Round seventeen, a report author no tuned-on file was written by (R17): first run before any change, run after every step. */
    public static final BlindSet REPORT_17R = new BlindSet("round-seventeen report (R17)", true, "/evaluation/blind17/%1$s/%1$s-report-r17.tsv");
    /** Round seventeen, the final author (F17): written at the round's start, run by round thirteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_17F = new BlindSet("round-seventeen final report (F17)", true, "/evaluation/blind17/%1$s/%1$s-report-f17.tsv");

    /**
     * Round twenty-one, signals again, three authors from round nine's brief unchanged ({@code blind21/briefs}): train A21
     * (a hospital, a pension fund, a phone shop, debt counselling, parcels; high-risk matters in passing, complaints as a
     * story), tuned and trained on.
     */
    public static final BlindSet TRAIN_21A = new BlindSet("round-twenty-one train (A21)", false, "/evaluation/blind21/%1$s/%1$s-train-a21.tsv");
    /** Round twenty-one, a report author no tuned-on file was written by (R21): first run before any change, run after every step. */
    public static final BlindSet REPORT_21R = new BlindSet("round-twenty-one report (R21)", true, "/evaluation/blind21/%1$s/%1$s-report-r21.tsv");
    /** Round twenty-one, the final author (F21): written at the round's start, run by round seventeen's detector then (output unread) and once at the end. */
    public static final BlindSet REPORT_21F = new BlindSet("round-twenty-one final report (F21)", true, "/evaluation/blind21/%1$s/%1$s-report-f21.tsv");

    /**
     * Round twenty-five, signals again, three authors from round nine's brief unchanged ({@code blind25/briefs}): train
     * A25 (telecom, public transport, childcare, student finance, furniture; short phone messages, matters told
     * indirectly, Belgian Dutch and Austrian or Swiss German), tuned and trained on.
     */
    public static final BlindSet TRAIN_25A = new BlindSet("round-twenty-five train (A25)", false, "/evaluation/blind25/%1$s/%1$s-train-a25.tsv");
    /** Round twenty-five, a report author no tuned-on file was written by (R25): first run before any change, run after every step. */
    public static final BlindSet REPORT_25R = new BlindSet("round-twenty-five report (R25)", true, "/evaluation/blind25/%1$s/%1$s-report-r25.tsv");
    /** Round twenty-five, the final author (F25): written at the round's start, run by round seventeen's detector then (output unread) and once at the end. */
    public static final BlindSet REPORT_25F = new BlindSet("round-twenty-five final report (F25)", true, "/evaluation/blind25/%1$s/%1$s-report-f25.tsv");

    /**
     * Round thirty, signals again, three authors from round nine's brief unchanged ({@code blind30/briefs}): train A30
     * (a mobile and internet provider, a dental and physiotherapy chain, a car insurer, a city's parking and waste
     * department, a second-hand marketplace; hurried phone messages, formal writers, people writing in their second
     * language; signals told indirectly, in a longer story or as a short follow-up), tuned and trained on.
     */
    public static final BlindSet TRAIN_30A = new BlindSet("round-thirty train (A30)", false, "/evaluation/blind30/%1$s/%1$s-train-a30.tsv");
    /** Round thirty, a report author no tuned-on file was written by (R30): first run before any change, run after every step. */
    public static final BlindSet REPORT_30R = new BlindSet("round-thirty report (R30)", true, "/evaluation/blind30/%1$s/%1$s-report-r30.tsv");

    /**
     * Round fourteen, injection again, three authors from round eleven's brief ({@code blind14/briefs}): train A14
     * (attacks worded as favours, stories and urgent situations by non-technical people), tuned and trained on.
     */
    public static final BlindSet TRAIN_14A = new BlindSet("round-fourteen train (A14)", false, "/evaluation/blind14/%1$s/%1$s-train-a14.tsv");
    /** Round fourteen, a report author no tuned-on file was written by (R14): first run before any change, run after every step. */
    public static final BlindSet REPORT_14R = new BlindSet("round-fourteen report (R14)", true, "/evaluation/blind14/%1$s/%1$s-report-r14.tsv");
    /** Round fourteen, the final author (F14): written at the round's start, run by round thirteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_14F = new BlindSet("round-fourteen final report (F14)", true, "/evaluation/blind14/%1$s/%1$s-report-f14.tsv");

    /**
     * Round eighteen, injection again, three authors from round eleven's brief unchanged ({@code blind18/briefs}): train
     * A18 (phone-typed messages in a hurry; teenagers, scammers and resellers trying their luck), tuned and trained on.
     */
    public static final BlindSet TRAIN_18A = new BlindSet("round-eighteen train (A18)", false, "/evaluation/blind18/%1$s/%1$s-train-a18.tsv");
    /** Round eighteen, a report author no tuned-on file was written by (R18): first run before any change, run after every step. */
    public static final BlindSet REPORT_18R = new BlindSet("round-eighteen report (R18)", true, "/evaluation/blind18/%1$s/%1$s-report-r18.tsv");
    /** Round eighteen, the final author (F18): written at the round's start, run by round fourteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_18F = new BlindSet("round-eighteen final report (F18)", true, "/evaluation/blind18/%1$s/%1$s-report-f18.tsv");

    /**
     * Round twenty-two, injection again, three authors from round eleven's brief unchanged ({@code blind22/briefs}): train
     * A22 (long formal e-mails; attacks buried in pasted letters, documents, reviews and log output), tuned and trained on.
     */
    public static final BlindSet TRAIN_22A = new BlindSet("round-twenty-two train (A22)", false, "/evaluation/blind22/%1$s/%1$s-train-a22.tsv");
    /** Round twenty-two, a report author no tuned-on file was written by (R22): first run before any change, run after every step. */
    public static final BlindSet REPORT_22R = new BlindSet("round-twenty-two report (R22)", true, "/evaluation/blind22/%1$s/%1$s-report-r22.tsv");
    /** Round twenty-two, the final author (F22): written at the round's start, run by round eighteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_22F = new BlindSet("round-twenty-two final report (F22)", true, "/evaluation/blind22/%1$s/%1$s-report-f22.tsv");

    /**
     * Round twenty-six, injection again, three authors from round eleven's brief unchanged ({@code blind26/briefs}): train
     * A26 (instructions hidden in mixed languages, quoted chats, order notes, addresses and texts to translate), tuned on.
     */
    public static final BlindSet TRAIN_26A = new BlindSet("round-twenty-six train (A26)", false, "/evaluation/blind26/%1$s/%1$s-train-a26.tsv");
    /** Round twenty-six, a report author no tuned-on file was written by (R26): first run before any change, run after every step. */
    public static final BlindSet REPORT_26R = new BlindSet("round-twenty-six report (R26)", true, "/evaluation/blind26/%1$s/%1$s-report-r26.tsv");
    /** Round twenty-six, the final author (F26): written at the round's start, run by round twenty-two's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_26F = new BlindSet("round-twenty-six final report (F26)", true, "/evaluation/blind26/%1$s/%1$s-report-f26.tsv");

    /**
     * Round twenty-three, personal data again, three authors from round eleven's brief unchanged ({@code blind23/briefs}):
     * train A23 (travel, rental housing, childcare, a vet; booking references, flight numbers, pets' names), tuned on.
     */
    public static final BlindSet TRAIN_23A = new BlindSet("round-twenty-three train (A23)", false, "/evaluation/blind23/%1$s/%1$s-train-a23.tsv");
    /** Round twenty-three, a report author no tuned-on file was written by (R23): first run before any change, run after every step. */
    public static final BlindSet REPORT_23R = new BlindSet("round-twenty-three report (R23)", true, "/evaluation/blind23/%1$s/%1$s-report-r23.tsv");
    /** Round twenty-three, the final author (F23): written at the round's start, run by round nineteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_23F = new BlindSet("round-twenty-three final report (F23)", true, "/evaluation/blind23/%1$s/%1$s-report-f23.tsv");

    /**
     * Round twenty-seven, personal data again, three authors from round eleven's brief unchanged ({@code blind27/briefs}):
     * train A27 (energy, car lease, a dentist, a municipal tax office, a second-hand marketplace; data in stories, pasted
     * form fields and signatures, relatives writing), tuned on.
     */
    public static final BlindSet TRAIN_27A = new BlindSet("round-twenty-seven train (A27)", false, "/evaluation/blind27/%1$s/%1$s-train-a27.tsv");
    /** Round twenty-seven, a report author no tuned-on file was written by (R27): first run before any change, run after every step. */
    public static final BlindSet REPORT_27R = new BlindSet("round-twenty-seven report (R27)", true, "/evaluation/blind27/%1$s/%1$s-report-r27.tsv");
    /** Round twenty-seven, the final author (F27): written at the round's start, run by the guard of that day then (output unread) and once at the end. */
    public static final BlindSet REPORT_27F = new BlindSet("round-twenty-seven final report (F27)", true, "/evaluation/blind27/%1$s/%1$s-report-f27.tsv");

    /**
     * Round twenty-nine, personal data again, two authors from round eleven's brief unchanged ({@code blind29/briefs}), no
     * train file (the round tunes on the train files of earlier rounds). R29 (a water company, a pension fund, an
     * electronics webshop, a pharmacy's home delivery, a municipal social-support desk; older writers, phones, carers):
     * first run by round twenty-seven's guard, run after every step, mistakes never printed.
     */
    public static final BlindSet REPORT_29R = new BlindSet("round-twenty-nine report (R29)", true, "/evaluation/blind29/%1$s/%1$s-report-r29.tsv");
    /**
     * Round twenty-nine, the final author (F29: a car-lease company, a bank's fraud and payments desk, a hospital's billing
     * office, a holiday park, a student-housing landlord; forwarded e-mails, pasted documents, signatures): run by round
     * twenty-seven's guard with the output kept unread, then once by the final guard.
     */
    public static final BlindSet REPORT_29F = new BlindSet("round-twenty-nine final report (F29)", true, "/evaluation/blind29/%1$s/%1$s-report-f29.tsv");

    /**
     * Round nineteen, personal data again, three authors from round eleven's brief unchanged ({@code blind19/briefs}):
     * train A19 (car lease, dentists, movers, a gym; many look-alike codes and names), tuned on.
     */
    public static final BlindSet TRAIN_19A = new BlindSet("round-nineteen train (A19)", false, "/evaluation/blind19/%1$s/%1$s-train-a19.tsv");
    /** Round nineteen, a report author no tuned-on file was written by (R19): first run before any change, run after every step. */
    public static final BlindSet REPORT_19R = new BlindSet("round-nineteen report (R19)", true, "/evaluation/blind19/%1$s/%1$s-report-r19.tsv");
    /** Round nineteen, the final author (F19): written at the round's start, run by round fifteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_19F = new BlindSet("round-nineteen final report (F19)", true, "/evaluation/blind19/%1$s/%1$s-report-f19.tsv");

    /**
     * Round fifteen, personal data again, three authors from round eleven's brief ({@code blind15/briefs}): train A15
     * (small businesses, family health and care, numbers that look personal and are not), tuned on.
     */
    public static final BlindSet TRAIN_15A = new BlindSet("round-fifteen train (A15)", false, "/evaluation/blind15/%1$s/%1$s-train-a15.tsv");
    /** Round fifteen, a report author no tuned-on file was written by (R15): first run before any change, run after every step. */
    public static final BlindSet REPORT_15R = new BlindSet("round-fifteen report (R15)", true, "/evaluation/blind15/%1$s/%1$s-report-r15.tsv");
    /** Round fifteen, the final author (F15): written at the round's start, run by round fourteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_15F = new BlindSet("round-fifteen final report (F15)", true, "/evaluation/blind15/%1$s/%1$s-report-f15.tsv");

    /**
     * Round sixteen, the assistant answers again, three authors from round ten's brief ({@code blind16/briefs}): train
     * A16 (manipulation told calmly that shows only against the source; human claims in passing; honest answers with
     * the source's real limits), tuned and trained on.
     */
    public static final BlindSet TRAIN_16A = new BlindSet("round-sixteen train (A16)", false, "/evaluation/blind16/%1$s/%1$s-train-a16.tsv");
    /** Round sixteen, a report author no tuned-on file was written by (R16): first run before any change, run after every step. */
    public static final BlindSet REPORT_16R = new BlindSet("round-sixteen report (R16)", true, "/evaluation/blind16/%1$s/%1$s-report-r16.tsv");
    /** Round sixteen, the final author (F16): written at the round's start, run by round ten's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_16F = new BlindSet("round-sixteen final report (F16)", true, "/evaluation/blind16/%1$s/%1$s-report-f16.tsv");

    /**
     * Round twenty, the answers again, three authors from round ten's brief unchanged ({@code blind20/briefs}): train A20
     * (claims to be human told through daily life, a body, colleagues, a place or a past; urgency, guilt, flattery, fear),
     * tuned and trained on.
     */
    public static final BlindSet TRAIN_20A = new BlindSet("round-twenty train (A20)", false, "/evaluation/blind20/%1$s/%1$s-train-a20.tsv");
    /** Round twenty, a report author no tuned-on file was written by (R20): first run before any change, run after every step. */
    public static final BlindSet REPORT_20R = new BlindSet("round-twenty report (R20)", true, "/evaluation/blind20/%1$s/%1$s-report-r20.tsv");
    /** Round twenty, the final author (F20): written at the round's start, run by round sixteen's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_20F = new BlindSet("round-twenty final report (F20)", true, "/evaluation/blind20/%1$s/%1$s-report-f20.tsv");

    /**
     * Round twenty-four, the answers again, three authors from round ten's brief unchanged ({@code blind24/briefs}): train
     * A24 (claims to be human told indirectly and in few words, through a working day, a memory, an opinion from
     * experience, a name signed off; scarcity, pressure to stay, discouraged complaints, invented fees), tuned on.
     */
    public static final BlindSet TRAIN_24A = new BlindSet("round-twenty-four train (A24)", false, "/evaluation/blind24/%1$s/%1$s-train-a24.tsv");
    /** Round twenty-four, a report author no tuned-on file was written by (R24): first run before any change, run after every step. */
    public static final BlindSet REPORT_24R = new BlindSet("round-twenty-four report (R24)", true, "/evaluation/blind24/%1$s/%1$s-report-r24.tsv");
    /** Round twenty-four, the final author (F24): written at the round's start, run by round twenty's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_24F = new BlindSet("round-twenty-four final report (F24)", true, "/evaluation/blind24/%1$s/%1$s-report-f24.tsv");

    /**
     * Round twenty-eight, the answers again, three authors from round ten's brief unchanged ({@code blind28/briefs}): train
     * A28 (manipulation in everyday service language: soft pressure, implied consequences, guilt, nudges to stay, upgrade
     * or buy; claims to be human in very few words; many German and French items), tuned on.
     */
    public static final BlindSet TRAIN_28A = new BlindSet("round-twenty-eight train (A28)", false, "/evaluation/blind28/%1$s/%1$s-train-a28.tsv");
    /** Round twenty-eight, a report author no tuned-on file was written by (R28): first run before any change, run after every step. */
    public static final BlindSet REPORT_28R = new BlindSet("round-twenty-eight report (R28)", true, "/evaluation/blind28/%1$s/%1$s-report-r28.tsv");
    /** Round twenty-eight, the final author (F28): written at the round's start, run by round twenty-four's guard then (output unread) and once at the end. */
    public static final BlindSet REPORT_28F = new BlindSet("round-twenty-eight final report (F28)", true, "/evaluation/blind28/%1$s/%1$s-report-f28.tsv");


    /**
     * The report files' individual mistakes stay hidden unless asked for: reading them is the first step to
     * tuning on them, after which their figures would no longer measure anything unseen.
     */
    public static final boolean SHOW_REPORT_MISTAKES = Boolean.getBoolean("showReportMistakes");

    private final String label;
    private final boolean report;
    private final String pattern;

    private BlindSet(String label, boolean report, String pattern) {
        this.label = label;
        this.report = report;
        this.pattern = pattern;
    }

    /** The classpath resource of this file of {@code set}, e.g. {@code /evaluation/blind/signals/signals-report.tsv}. */
    public String resource(String set) {
        return String.format(pattern, set);
    }

    /**
     * The data lines of this file of {@code set}: comments ({@code #}), blank lines and a column-name row
     * ({@code lang<TAB>...}, which one round-two author put under the comments) left out.
     */
    public List<String> lines(String set) {
        try (InputStream in = BlindSet.class.getResourceAsStream(resource(set))) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource(set));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("lang\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this file is reported only (never tuned on). */
    public boolean report() {
        return report;
    }

    /** Prints the mistakes of a file that may be tuned on; for a report file only their number, unless asked for. */
    public void printMistakes(List<String> mistakes) {
        if (!report || SHOW_REPORT_MISTAKES) {
            // One line per mistake, as in the files (a line break written as \\n).
            mistakes.forEach(m -> System.out.println("    " + m.replace("\n", "\\n")));
        } else {
            System.out.println("    (" + mistakes.size() + " mistakes on the report file not listed; -DshowReportMistakes=true lists them)");
        }
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}

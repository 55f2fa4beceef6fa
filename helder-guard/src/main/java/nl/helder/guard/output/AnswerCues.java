package nl.helder.guard.output;

import nl.helder.guard.text.Tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of {@value #RESOURCE}: what the sentences of an answer do (present the writer as a person, invent
 * urgency or social proof, threaten, obstruct, exploit a vulnerability), in Dutch, English, German and French.
 * Each cue is searched per sentence, so its parts must occur together, and only from the start of a word (a cue
 * beginning with a word boundary is tried there alone, which makes the long alternations several times cheaper).
 * Sentences longer than {@value #MAX_SENTENCE} characters and answers longer than {@value #MAX_JUDGED} are judged on
 * their start, which keeps the bounded patterns linear and the cost per answer small; the output guard's checks judge
 * a longer answer in windows of that size ({@link JudgedWindows}).
 */
final class AnswerCues {

    static final String RESOURCE = "answer-cues.txt";
    static final int MAX_SENTENCE = 600;
    /** Answers are judged on their first part: a chat answer is a few sentences, and this keeps the cost bounded. */
    static final int MAX_JUDGED = 5_000;
    /**
     * The words by which a text calls its writer an AI: the machine itself ("AI", "KI", "chatbot", "robot", "language
     * model", "computerprogramma", "agent conversationnel") or an agent word after "digital", "virtual" or "automated"
     * ("virtuele medewerker", "digitaler Helfer", "AI-assistent"). "Digital" or "assistant" alone is no such word: "a
     * digital copy", "the director's assistant", "our digital support team" are said by people too.
     */
    /** The flags a cue line may carry (see the head of {@code answer-cues.txt}). */
    private static final Set<String> FLAGS = Set.of("-", "whole", "cased", "noai", "nomodal", "answer", "restriction", "consequence",
            "choice", "unasked", "source", "broad", "unquoted");

    /**
     * "ai", but not French "have": j'ai, n'ai, t'ai, qu'ai, je l'ai, ne l'ai, je vous / lui / leur / les / nous / me / te /
     * y ai, ai-je. "l'AI" (the AI) and a quoted 'AI' still count.
     */
    private static final String AI_NOT_HAVE = "(?<!\\b(?:j|n|t|qu)')(?<!\\b(?:je|ne) l')(?<!\\b(?:vous|lui|leur|les|nous|me|te|y) )ai(?!-je\\b)";
    private static final String AI_WORD = "(?:" + AI_NOT_HAVE + "|a\\.i\\.|ki|ia|bot|chatbot|(?!\\w{0,20}(?:angebot|gebot|verbot)\\b)\\w{2,20}bot|\\w{1,20}-bot|robot\\w*|roboter|machine|maschine|computer ?program\\w*|"
            + "computerprogramm\\w*|programme informatique|taalmodel|language model|sprachmodell|modele de langage|agent conversationnel|"
            + "kunstmatige intelligentie|artificial intelligence|kunstliche intelligenz|intelligence artificielle|"
            + "(?:digita\\w*|virtue\\w*|virtual|automat\\w*|geautomatiseerde?) (?:\\w+ )?(?:assistent\\w*|assistant\\w*|medewerk\\w*|helper|helfer\\w*|"
            + "agent|employee|mitarbeiter\\w*|conseill\\w*|collega|colleague|kolleg\\w*|berater\\w*|adviseur)"
            // French puts the adjective after the noun: "assistant virtuel", "conseiller numérique", "assistant IA"
            + "|(?:assistant\\w*|agent|conseill\\w*) (?:virtuel\\w*|numerique|automatise\\w*))";
    /**
     * A text describing its writer as an AI in any of the four languages ("ik ben Lisa, de virtuele assistent", "you
     * are now chatting with our AI assistant", "deze chat wordt beantwoord door een AI", "Helder AI hier", "automatisch
     * gegenereerd"), or opening with such a label ("AI-assistent: …", "[AI] …"); a customer's question "Bot?" quoted
     * back is not such a description. Every repetition is bounded, so it runs in linear time.
     */
    private static final Pattern CALLS_ITSELF_AI = Pattern.compile("\\b(?:(?:(?:ik ben|ben ik|i'm|i am|ich bin|je suis)"
            // "I am sorry the chatbot could not help" says how the writer feels, not what it is
            + "(?! (?:so |very |really |zo |heel |echt |sehr |wirklich |vraiment |tres )?(?:sorry|afraid|glad|happy|bang|blij|froh|desolee?|navree?|leider|ravie?)\\b)"
            + "|this is|hier is|hier ist|c'est|als|as|en tant qu|"
            // "you are now chatting with", "je bent in gesprek met", "Sie schreiben mit", "vous êtes en train de discuter avec"
            + "(?:you(?:'re| are)|je|u|sie|du|vous|tu) (?:[\\w']+ ){0,4}?(?:chatting|talking|speaking|conversation|communicating|chat|praat|"
            + "spreekt|gesprek|communiceert|chatten|sprechen|schreiben|chattest|sprichst|schreibst|kommunizieren|gesprach|parlez|discutez|"
            + "discuter|echangez|communiquez|parles|discutes) (?:\\w+ )?(?:with|to|met|mit|a|avec)|"
            // a banner's passive: "deze chat wordt beantwoord door een AI", "this chat is powered by AI"
            + "(?:dit gesprek|deze chat|this chat|this conversation|dieser chat|dieses gesprach|ce chat|cette conversation)"
            + "|(?:beantwoord|gevoerd|geschreven|answered|powered|generated|written|beantwortet|gefuhrt|generiert|verfasst|genere|redige|ecrit)"
            + "e?s? (?:door|by|von|durch|par)|(?:wurde|wird|werden) (?:\\w+ )?von)"
            + "\\b[^.!?]{0,40}?\\b" + AI_WORD + "\\b"
            // a name with the machine word, as a greeting: "Helder AI hier", "Hi there, Helder AI here!"
            + "|(?:" + AI_NOT_HAVE + "|ki|ia|bot|chatbot) (?:hier|here|ici)"
            // said of the text itself: "dit antwoord is automatisch gegenereerd", "generated automatically"
            + "|automatisch (?:gegenereerd|opgesteld|geschreven|erstellt|generiert|verfasst)|(?:generated|written|created) automatically"
            + "|automatically (?:generated|written)|(?:generee|redigee|ecrite?) automatiquement)\\b"
            // or a label the text opens with: "AI-assistent: Hallo!", "[AI] Hi", "Chatbot van Vlinder"
            + "|^[^\\p{L}\\p{N}]{0,3}(?:(?:ai|a\\.i\\.|ki|ia)[- ]?(?:assistent\\w*|assistant\\w*|bot|chatbot|helper|helfer)\\s*[:|\\-–—]"
            + "|(?:ai|ki|ia|bot)\\]|chatbot\\b(?! ?\\?| (?:of|or|oder|ou)\\b))");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|geen|niet|no|kein\\w*|nicht|pas|never|nooit|jamais|nie)\\b|n't\\b");
    private static final Pattern MODAL_OR_NEGATION = Pattern.compile("\\b(?:kan|kun|kunt|can|can't|cannot|kann|peux|peut|niet|not|geen|no|kein\\w*|"
            + "nicht|pas|moet|must|muss|dois|raad|advise|recommend|empfehle|conseille|mag|may|darf)\\b|n't\\b");

    /**
     * A quote that opens with its writer as the one who acts: "ik heb", "I've", "ich habe", "j'ai", "je vous ai", "we
     * hebben". Not a bare "je", which in Dutch is the customer.
     */
    private static final Pattern ACTOR = Pattern.compile("(?:ik|heb ik|i|i've|have i|ich|habe ich|j'|je (?:vous|t'|l'|les)|we|wij|hebben wij|we've|wir|haben wir|nous)\\b");

    /**
     * The customer asked for it: "as you requested", "zoals u vroeg", "wie gewünscht", "comme demandé", "the note you asked
     * for". A cue flagged "unasked" (sneaking) does not fire in such a sentence.
     */
    private static final Pattern ASKED = Pattern.compile("\\b(?:as (?:you )?(?:asked|requested|wished|agreed)|you asked (?:for|me)|you requested|"
            + "at your request|requested by you|(?:zoals|wat|die|dat) (?:u|je) (?:vroeg|vroegt|gevraagd|wilde|wenste|wou)|zoals (?:gevraagd|afgesproken|besproken)|"
            + "op (?:uw|je) (?:verzoek|vraag)|wie (?:gewunscht|besprochen|vereinbart|gewollt)|auf ihren wunsch|(?:den|die|das) sie (?:wollten|gewunscht|bestellt)|"
            + "comme (?:demande|convenu|vous l'avez demande|souhaite)|a votre demande|que vous avez demande\\w*)\\b");

    /** Urgency and scarcity cues, which a deadline or stock limit in the sources can carry. */
    private static final Set<String> TIME_AND_STOCK = Set.of("urgency-sale", "urgency-loss", "urgency-weak-sale", "urgency-hesitation", "scarcity");

    /**
     * @param atWordStart the pattern begins with a word boundary, so it can only match where a word starts
     * @param prefixes    the literal beginnings of every match ({@link CuePrefixes}), or null when unknown
     */
    record Cue(CueHit.Kind kind, String name, boolean whole, boolean cased, boolean notWhenAi, boolean notWhenModal, boolean withInAnswer,
                       boolean restriction, boolean consequence, boolean choice, boolean unasked, boolean inSources, boolean broad, boolean unquoted,
                       boolean atWordStart, List<String> prefixes, Pattern pattern, Pattern with) {
    }

    private static final List<Cue> CUES = load();

    private AnswerCues() {
    }

    /** The part of an answer that is judged: its first {@value #MAX_JUDGED} characters (every check cuts here). */
    static String judgedPart(String answer) {
        return Tokens.head(answer, MAX_JUDGED);
    }

    /** The names of all cues of {@code kind}, in file order: the features of the model for that kind. */
    static List<String> names(CueHit.Kind kind) {
        return CUES.stream().filter(c -> c.kind() == kind).map(Cue::name).distinct().toList();
    }

    /** The names of the cues flagged {@code broad}: families that also fire on honest service language. */
    static Set<String> broadNames() {
        return CUES.stream().filter(Cue::broad).map(Cue::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Every cue found in {@code answer}, each at most once, marked carried when the sources carry it. */
    static List<CueHit> find(String answer, SourceSupport sources) {
        return find(answer, sources, CUES);
    }

    /** {@link #find(String, SourceSupport)} with other cues ({@link #parse}): to time one cue file against another. */
    static List<CueHit> find(String answer, SourceSupport sources, List<Cue> cueList) {
        String head = judgedPart(answer);
        String folded = AnswerText.fold(head);
        boolean callsItselfAi = callsItselfAi(folded);
        List<String> sentences = AnswerText.sentences(head).stream().map(AnswerCues::cap).toList();
        List<String> foldedSentences = sentences.stream().map(AnswerText::fold).toList();
        List<int[]> wordStarts = foldedSentences.stream().map(AnswerCues::wordStarts).toList();
        List<CueHit> hits = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Cue cue : cueList) {
            if (seen.contains(cue.name()) || (cue.notWhenAi() && callsItselfAi)) {
                continue;
            }
            // A cue over the whole answer (a sign-off after a line break) is tried once, on the answer as one text.
            // The second part of a "source" or "answer" cue does not depend on the sentence: looked for once (a
            // sentence loop over a long source cost answer length times source length).
            String fixedPart = null;
            if (cue.with() != null && (cue.inSources() || cue.withInAnswer())) {
                if (cue.inSources() && sources.empty()) {
                    continue; // flag "source": what the sources say against the answer, so the cue needs sources
                }
                Matcher with = cue.with().matcher(cue.inSources() ? sources.folded() : folded);
                if (!with.find()) {
                    continue;
                }
                fixedPart = with.group();
            }
            int rounds = cue.whole() ? Math.min(1, sentences.size()) : sentences.size();
            for (int i = 0; i < rounds; i++) {
                String text = cue.whole() ? (cue.cased() ? casedFold(head) : folded) : cue.cased() ? casedFold(sentences.get(i)) : foldedSentences.get(i);
                Matcher matcher = cue.pattern().matcher(text);
                boolean found = cue.atWordStart() && !cue.cased() && !cue.whole()
                        ? findAtWordStart(matcher, cue.prefixes(), wordStarts.get(i), text, cue.unquoted()) : find(matcher, text, cue.unquoted());
                if (!found || (cue.notWhenModal() && MODAL_OR_NEGATION.matcher(matcher.group()).find())
                        || (cue.unasked() && ASKED.matcher(foldedSentences.get(i)).find())) {
                    continue;
                }
                String quote = matcher.group();
                String remedy = null;
                if (cue.with() != null) {
                    if (fixedPart != null) {
                        remedy = fixedPart;
                    } else {
                        Matcher with = cue.with().matcher(text);
                        if (!with.find()) {
                            continue;
                        }
                        remedy = with.group();
                    }
                    // Both parts are the cue: a source that mentions cancelling does not carry "only by phone".
                    quote = quote + " … " + remedy;
                }
                // A cue the sources contradict ("source") is carried only when they support the whole sentence.
                // An extra the writer added or chose ("I've added travel insurance") is never carried by sources that leave
                // it to the customer ("can be added on request"): they name the extra, not the writer's right to add it.
                // What the product does by itself ("is automatically included") is carried as any other cue.
                boolean unaskedAct = cue.choice() && sources.leavesItToTheCustomer() && ACTOR.matcher(AnswerText.fold(quote)).lookingAt();
                // A restriction that denies is not carried by sources that open what it denies (round ten).
                boolean deniedOpen = cue.restriction() && sources.deniesWhatTheyOpen(foldedSentences.get(i));
                boolean carried = cue.kind() == CueHit.Kind.MANIPULATION && !sources.empty() && !unaskedAct && !deniedOpen && (cue.inSources() ? sources.supports(foldedSentences.get(i)) : (sources.containsAll(AnswerText.fold(quote)) || sources.supports(foldedSentences.get(i))
                        || (TIME_AND_STOCK.contains(cue.name()) && sources.carriesLimit(foldedSentences.get(i), folded))
                        || (cue.restriction() && sources.carriesRestriction(AnswerText.fold(quote), remedy))
                        || (cue.consequence() && sources.names(lastWord(AnswerText.fold(quote))))));
                hits.add(new CueHit(cue.kind(), cue.name(), quote, carried));
                seen.add(cue.name());
                break;
            }
        }
        return hits;
    }

    /**
     * True when the answer describes itself as an AI ({@link #CALLS_ITSELF_AI}), and not by denying it: "ik ben geen
     * automatisch antwoord", "I'm a real person, not a bot" and "je ne suis pas un robot" are the opposite.
     */
    static boolean callsItselfAi(String folded) {
        Matcher matcher = CALLS_ITSELF_AI.matcher(folded);
        // A denied match is tried again one character on, so that "I'm not a person - I'm an AI" is not hidden inside
        // the denial's longer match; each try is bounded, so this stays linear in the text.
        for (int from = 0; from < folded.length() && matcher.find(from); from = matcher.start() + 1) {
            if (asked(folded, matcher.end())) {
                continue; // "Ben ik een bot? Nee, ik ben Lisa": a question is no self-description
            }
            // Only a negation after the last contrast counts: "I'm not a person, I'm Helder's digital assistant" and
            // "ich bin kein Mensch, sondern ein KI-Assistent" deny being human and then say what they are.
            String match = matcher.group();
            Matcher contrast = CONTRAST.matcher(match);
            int after = 0;
            while (contrast.find()) {
                after = contrast.end();
            }
            boolean deniedBefore = after == 0 && NEGATED_BEFORE.matcher(folded).region(Math.max(0, matcher.start() - 12), matcher.start()).find();
            if (!deniedBefore && !NEGATION.matcher(match).region(after, match.length()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A negation right before a match: "geen bot hier", "no AI here", "kein Bot hier" deny what follows. */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("\\b(?:geen|no|not an?|not|kein\\w*|pas de|pas d'un\\w*|nicht|niet) $");

    /** Whether a question mark follows {@code end}, spaces between. */
    private static boolean asked(String folded, int end) {
        int p = end;
        while (p < folded.length() && folded.charAt(p) == ' ') {
            p++;
        }
        return p < folded.length() && folded.charAt(p) == '?';
    }

    /** A turn from what is denied to what is said: a comma, a colon, a dash, "but", "maar", "sondern", "mais". */
    private static final Pattern CONTRAST = Pattern.compile(",|;|:| - |–|—|\\b(?:but|maar|sondern|mais|instead|rather|wel|plutot)\\b");

    /** The last word of a folded quote: the consequence of a threat ("anders … vervalt"). */
    private static String lastWord(String folded) {
        List<String> words = AnswerText.words(folded);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Like {@link Matcher#find()}, but trying only the given word starts, and of those only where a prefix begins. */
    private static boolean findAtWordStart(Matcher matcher, List<String> prefixes, int[] starts, String text, boolean unquoted) {
        for (int start : starts) {
            if (prefixes != null && !startsWithAny(text, start, prefixes)) {
                continue;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt() && !(unquoted && insideQuotation(text, start))) {
                return true;
            }
        }
        return false;
    }

    /** The first match of {@code matcher} in {@code text}; with {@code unquoted}, the first that starts outside a quotation. */
    private static boolean find(Matcher matcher, String text, boolean unquoted) {
        if (!unquoted) {
            return matcher.find();
        }
        // as a regex look-behind would: after a match inside a quotation, the next try starts one character on
        for (int from = 0; from <= text.length() && matcher.find(from); from = matcher.start() + 1) {
            if (!insideQuotation(text, matcher.start())) {
                return true;
            }
        }
        return false;
    }

    /** Characters a quotation opens with. */
    private static final String QUOTE_OPENERS = "'\u2018\"\u201E\u00AB\u201C";
    /** Characters a quotation cannot hold (its end, or another quotation's start): the run from its opener stops there. */
    private static final String QUOTE_MARKS = "'\"\u201E\u00AB\u201C\u201D\u00BB\u2019";
    /** How far back a quotation may have opened. */
    private static final int QUOTATION_REACH = 80;

    /**
     * Whether {@code at} lies inside a quotation: an opening quote at the text's start or after white space, a colon or a
     * bracket, at most {@value #QUOTATION_REACH} characters before, with no quote mark between ("schreef u: \"ik kijk
     * vanuit mijn raam…\"" is the customer's sentence, not the writer's). Flag {@code unquoted}: a cue that speaks of
     * the writer does not count in a quotation. Bounded: at most {@value #QUOTATION_REACH} characters are read back.
     */
    static boolean insideQuotation(String text, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 1 - QUOTATION_REACH; k--) {
            char c = text.charAt(k);
            if (QUOTE_OPENERS.indexOf(c) >= 0 && (k == 0 || isQuotationStart(text.charAt(k - 1)))) {
                return true;
            }
            if (QUOTE_MARKS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean isQuotationStart(char before) {
        return before == ' ' || before == '\t' || before == '\n' || before == '\u000B' || before == '\f' || before == '\r'
                || before == ':' || before == '(';
    }

    private static boolean startsWithAny(String text, int at, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    /** The offsets where a word (a letter or digit after a non-letter) begins. */
    private static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static String cap(String sentence) {
        return Tokens.head(sentence, MAX_SENTENCE);
    }

    /** Accents removed and spacing normalised, case kept: for cues that need capitals (a name). */
    private static String casedFold(String text) {
        return nl.helder.guard.text.Tokens.foldAccents(text.replace('’', '\'')).replaceAll("\\s+", " ");
    }

    private static List<Cue> load() {
        try (InputStream in = Objects.requireNonNull(AnswerCues.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Cue> parse(List<String> lines) {
        Map<String, String> macros = new HashMap<>();
        List<Cue> cues = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (line.startsWith("@")) {
                macros.put(columns[0].substring(1), expand(columns[1], macros));
                continue;
            }
            if (columns.length != 5) {
                throw new IllegalStateException("a cue needs 5 columns: " + line);
            }
            Set<String> flags = Set.of(columns[2].split(","));
            if (!FLAGS.containsAll(flags)) {
                throw new IllegalStateException("unknown flag in: " + line); // a misspelt flag would silently do nothing
            }
            int caseFlag = flags.contains("cased") ? 0 : Pattern.CASE_INSENSITIVE;
            cues.add(new Cue(CueHit.Kind.valueOf(columns[0]), columns[1], flags.contains("whole"), flags.contains("cased"), flags.contains("noai"),
                    flags.contains("nomodal"), flags.contains("answer"), flags.contains("restriction"), flags.contains("consequence"), flags.contains("choice"), flags.contains("unasked"), flags.contains("source"), flags.contains("broad"), flags.contains("unquoted"), columns[3].startsWith("\\b"),
                    CuePrefixes.of(expand(columns[3], macros)).orElse(null),
                    Pattern.compile(expand(columns[3], macros), caseFlag | Pattern.UNICODE_CASE),
                    columns[4].equals("-") ? null : Pattern.compile(expand(columns[4], macros))));
        }
        return List.copyOf(cues);
    }

    private static String expand(String regex, Map<String, String> macros) {
        String out = regex;
        for (Map.Entry<String, String> macro : macros.entrySet()) {
            out = out.replace("{" + macro.getKey() + "}", macro.getValue());
        }
        return out;
    }
}

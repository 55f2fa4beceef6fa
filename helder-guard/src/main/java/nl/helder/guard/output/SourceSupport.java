package nl.helder.guard.output;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the sources of an answer say, for deciding whether a cue is the help text's own: their words and the
 * first {@value #STEM} letters of each ("bezorgd" finds "bezorging"), and their numbers.
 */
final class SourceSupport {

    static final int STEM = 5;
    /** A sentence counts as supported when this share of its content words occurs in the sources. */
    static final double SUPPORTED = 0.6;
    private static final int MIN_LENGTH = 3;
    /** Function words of the four languages: every text has them, so they say nothing about support. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.Arrays.asList(("the and you your for are was were with from that this these have has had "
            + "not but can will would could should our out all any its into than then them they their there here what when which who how "
            + "een het van voor met aan dat die dit deze zijn was waren heb hebt heeft hebben niet geen ook nog wel dan als bij uit naar "
            + "over door kan kun kunt moet zal wil wat wie waar hoe jij jou jouw ons onze hun mijn maar want dus "
            + "der die das den dem des ein eine einen einem einer und oder aber wenn als zu mit von fur auf aus ist sind war bin bist hat "
            + "haben ich mich mir mein sie ihr ihre ihnen uns wir was wie auch noch nicht kein keine "
            + "les une des est sont etait avec pour par sur dans aux que qui quoi vous nous elle ils elles leur ces cette mais pas plus "
            + "votre vos notre nos mon mes").split(" ")));

    /** A deadline or stock limit in a help text: "loopt tot en met", "while stocks last", "bis zum", "jusqu'au". */
    private static final java.util.regex.Pattern LIMIT = java.util.regex.Pattern.compile("\\b(?:tot en met|t/m|loopt tot|geldig tot|uiterlijk|au plus tard|spatestens|no later than|at the latest|by the latest|"
            + "zolang de voorraad|op is op|op=op|laatste dag|until|ends on|valid until|while stocks? last|last day|sold out|bis zum|bis einschliesslich|"
            + "gultig bis|solange der vorrat|letzter tag|ausverkauft|jusqu'au|jusqu'a|valable jusqu|dans la limite des stocks|dernier jour|epuise)\\b");

    /** The words that deny, which both a help text's restrictions and an answer's denials are made of. */
    private static final String DENIAL_WORDS = "niet|geen|nooit|not|no|cannot|never|nicht|kein\\w*|nie|ne|ni|pas|jamais|uitgesloten|excluded|"
            + "ausgeschlossen|exclu\\w*";
    /** A negation or restriction in a help text: "cannot be refunded", "ne sont ni remboursables", "nur", "alleen". */
    private static final java.util.regex.Pattern RESTRICTION = java.util.regex.Pattern.compile("\\b(?:" + DENIAL_WORDS
            + "|can't|only|alleen|uitsluitend|nur|ausschliesslich|uniquement|seulement|verplicht\\w*|mandatory|required|compulsory|"
            + "vorgeschrieben\\w*|pflicht\\w*|obligatoire\\w*)\\b|\\bn'");
    /** A denial in an answer's sentence: "not", "geen", "kein", "ne ... pas", "excluded"; not "only" or "must". */
    private static final java.util.regex.Pattern DENIAL = java.util.regex.Pattern.compile("\\b(?:" + DENIAL_WORDS + ")\\b|n't\\b|\\bn'");
    /**
     * What a help text says of an extra the customer may take or leave (round ten of issue 14): "optional", "on request",
     * "can be added", "the customer chooses". Anywhere in the sources: an answer whose writer added or chose an extra
     * for the customer is not made honest by sources that offer extras ({@code AnswerCues} asks this only of such acts).
     */
    private static final java.util.regex.Pattern CUSTOMERS_CHOICE = java.util.regex.Pattern.compile("\\b(?:optione\\w*|optionn\\w*|optional\\w*|"
            + "facultati\\w*|freiwillig\\w*|vrijwillig\\w*|voluntary|on request|upon request|at the customer's request|op (?:uw |je )?verzoek|"
            + "auf wunsch|sur demande|a la demande|nur auf wunsch|can be (?:added|booked|chosen|selected|taken out)|kan (?:worden|je|u) (?:\\w+ )?"
            + "(?:toegevoegd|bijgeboekt|gekozen|toevoegen|bijboeken|kiezen)|kann (?:\\w+ )?(?:hinzugebucht|gebucht|gewahlt) werden|"
            + "peut etre (?:ajoute\\w*|souscrit\\w*|choisi\\w*)|(?:the customer|de klant|der kunde|le client) (?:chooses|kiest|wahlt|choisit)|"
            + "buchbar|bij te boeken)\\b");

    private final String folded;
    private final boolean empty;
    private final boolean limit;
    private final boolean restriction;
    /** Whether the sources leave something to the customer: optional, on request, the customer's choice. */
    private final boolean customersChoice;
    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();

    SourceSupport(List<String> sources) {
        String folded = AnswerText.fold(String.join("\n", sources));
        this.folded = folded;
        this.empty = folded.isBlank();
        this.limit = LIMIT.matcher(folded).find();
        this.restriction = RESTRICTION.matcher(folded).find();
        this.customersChoice = CUSTOMERS_CHOICE.matcher(folded).find();
        for (String word : AnswerText.words(folded)) {
            words.add(word);
            stems.add(stem(word));
        }
    }

    /**
     * Whether a restriction in {@code foldedSentence} that denies ("not possible", "geen recht", "nicht") stands against
     * sources that deny or restrict nothing (round ten of issue 14): "Een medewerker spreken is via de chat niet mogelijk"
     * shares its words with "Wilt u een medewerker spreken? Typ 'medewerker' in de chat." and says the opposite, so those
     * sources do not carry it. "Only" and "must" are no denial: "Opzeggen kan alleen via de app" with "U kunt opzeggen via
     * de app" still is.
     */
    boolean deniesWhatTheyOpen(String foldedSentence) {
        return !empty && !restriction && DENIAL.matcher(foldedSentence).find();
    }

    /** Whether the sources restrict, deny or limit something themselves ({@link #RESTRICTION}, {@link #LIMIT}). */
    boolean restricts() {
        return restriction || limit;
    }

    /** Whether the sources leave something to the customer ({@link #CUSTOMERS_CHOICE}). */
    boolean leavesItToTheCustomer() {
        return customersChoice;
    }

    /** The sources as one folded text. */
    String folded() {
        return folded;
    }

    boolean empty() {
        return empty;
    }

    /**
     * True when every content word of {@code folded} (three letters or more) occurs in the sources as it is: a
     * cue's own words, so no stems ("garantis" is not carried by "garanti pendant 12 mois").
     */
    boolean containsAll(String folded) {
        List<String> content = AnswerText.words(folded).stream().filter(SourceSupport::content).toList();
        return !empty && !content.isEmpty() && words.containsAll(content);
    }

    /**
     * True when at least {@value #SUPPORTED} of the sentence's content words occur in the sources and every
     * number in it does: "vandaag is 31 juli, de laatste dag" with the sale's end date in the source.
     */
    boolean supports(String foldedSentence) {
        if (empty) {
            return false;
        }
        List<String> all = AnswerText.words(foldedSentence);
        if (!all.stream().filter(SourceSupport::isNumber).allMatch(words::contains)) {
            return false;
        }
        List<String> content = all.stream().filter(w -> content(w) && !isNumber(w)).toList();
        long found = content.stream().filter(this::contains).count();
        return !content.isEmpty() && (double) found / content.size() >= SUPPORTED;
    }

    /**
     * True when the sources state a deadline or stock limit, every number of the sentence occurs in them, and the
     * answer restates at least one of their numbers (the date, the percentage): "Laatste kans: vandaag is 31 juli"
     * with "loopt tot en met 31 juli" in the source. A hurry with no number of the source's is not carried.
     */
    boolean carriesLimit(String foldedSentence, String foldedAnswer) {
        return limit && AnswerText.words(foldedSentence).stream().filter(SourceSupport::isNumber).allMatch(words::contains)
                && AnswerText.words(foldedAnswer).stream().anyMatch(w -> isNumber(w) && words.contains(w));
    }

    /**
     * True when the sources state the same restriction of a right or a remedy: every content word of the cue's
     * words occurs in them (stems count: "wettelijk verplichte" carries "wettelijk verplicht"), or the remedy
     * ({@code remedy}, the cue's second part: a refund, a return, an insurance) occurs in them next to a negation or
     * restriction of their own ("Used gift cards cannot be refunded" carries "refunds are not possible").
     */
    boolean carriesRestriction(String foldedQuote, String foldedRemedy) {
        if (empty) {
            return false;
        }
        List<String> content = AnswerText.words(foldedQuote).stream().filter(SourceSupport::content).toList();
        if (!content.isEmpty() && content.stream().allMatch(this::contains)) {
            return true;
        }
        return restriction && foldedRemedy != null && AnswerText.words(foldedRemedy).stream().anyMatch(w -> content(w) && contains(w));
    }

    /**
     * True when the sources name {@code word} (or a word with its stem): a threat whose consequence the help text
     * itself states ("daarna is aanvragen niet meer mogelijk" for "anders vervalt je recht" is not; "vervalt" is).
     */
    boolean names(String word) {
        if (empty || !content(word) || !contains(word)) {
            return false;
        }
        // A source that names the consequence only to deny it ("n'entraine pas de suspension", "has no impact on
        // future claims") does not carry the threat: some sentence naming it must say it without a negation.
        // Only a negation in the same clause, a few words before the consequence, denies it: "if payment is not
        // received, we may suspend" names the suspension; "n'entraine pas de suspension" denies it.
        for (String sentence : AnswerText.sentences(folded)) {
            for (String clause : CLAUSE.split(sentence)) {
                List<String> words = AnswerText.words(clause);
                for (int i = 0; i < words.size(); i++) {
                    if (sameWord(words.get(i), word) && !negatedBefore(words, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A clause break in a source sentence: a comma, a semicolon, a colon or a dash. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[,;:]| - ");
    /** How many words before a consequence a negation may stand to deny it ("has no impact on future claims"). */
    private static final int NEGATION_REACH = 5;

    private static boolean negatedBefore(List<String> words, int at) {
        for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
            if (NEGATED_SENTENCE.matcher(words.get(i)).matches() || words.get(i).startsWith("n'")) {
                return true;
            }
        }
        return false;
    }

    /** The same word as {@link #contains(String)} reads it: equal, or the same stem. */
    private static boolean sameWord(String a, String b) {
        return a.equals(b) || stem(a).equals(stem(b));
    }

    /** A negation in a source sentence, in the four languages. */
    private static final java.util.regex.Pattern NEGATED_SENTENCE = java.util.regex.Pattern.compile("(?:niet|geen|nooit|not|no|never|nicht|kein\\w*|nie|ne|pas|jamais|sans|zonder|without|ohne|n|\\w*n't|doesn|don|won|isn|aren|wasn|weren|hasn|haven|didn|wouldn|shouldn)");

    /**
     * The share of the answer's content words (three letters or more, no function words, no numbers) that the
     * sources do not have, neither as they are nor by stem; 0 when the answer has fewer than {@code minimum}.
     */
    double unsupportedShare(String foldedAnswer, int minimum) {
        if (empty) {
            return 0;
        }
        List<String> content = contentWords(foldedAnswer);
        if (content.size() < minimum) {
            return 0;
        }
        return (double) content.stream().filter(w -> !contains(w)).count() / content.size();
    }

    /** Whether the sources have {@code foldedWord} as it is. */
    boolean hasWord(String foldedWord) {
        return words.contains(foldedWord);
    }

    /** Whether {@code foldedAnswer} has a number the sources do not have (a date, a count, a price of its own). */
    boolean hasNewNumber(String foldedAnswer) {
        return !empty && AnswerText.words(foldedAnswer).stream().anyMatch(w -> isNumber(w) && !words.contains(w));
    }

    /** The content words of a folded text: three letters or more, no function words, no numbers. */
    static List<String> contentWords(String folded) {
        return AnswerText.words(folded).stream().filter(w -> content(w) && !isNumber(w)).toList();
    }

    private static boolean content(String word) {
        return word.length() >= MIN_LENGTH && !FUNCTION_WORDS.contains(word);
    }

    private boolean contains(String word) {
        return words.contains(word) || stems.contains(stem(word));
    }

    private static String stem(String word) {
        return word.length() <= STEM ? word : word.substring(0, STEM);
    }

    /** Whether a word is all digits. */
    static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }
}

package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.HashMap;
import java.util.Map;

/**
 * Special categories of personal data (GDPR Art. 9) by Dutch and English vocabulary: health, religion,
 * sexual orientation, political opinion, trade-union membership and criminal records. Words match whole,
 * or as the start of a Dutch compound ("kankerbehandeling"); two-word phrases match as written. Vocabulary
 * that also names products of a shop ("blind" for a window blind, "halal") is left out on purpose.
 */
final class SpecialCategoryDetector {

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> PREFIXES = new HashMap<>();
    private static final Map<String, String> PHRASES = new HashMap<>();
    private static final int MIN_PREFIX = 5;

    static {
        category("health",
                "words: ziek zieke ziekte ziektes ziekenhuis opgenomen kanker tumor chemo chemotherapie diabetes suikerziekte astma "
                        + "epilepsie hartaanval hartinfarct beroerte dementie alzheimer parkinson depressie depressief burn-out burnout "
                        + "angststoornis psychose adhd autisme autistisch zwanger zwangerschap miskraam operatie geopereerd medicijnen "
                        + "medicatie huisarts psychiater psycholoog therapie gehandicapt handicap rolstoel doof slechtziend slechthorend "
                        + "hiv aids soa verslaafd verslaving afkickkliniek covid ziekenhuisopname medisch medische "
                        + "sick illness hospital hospitalised hospitalized cancer chemotherapy diabetic asthma epilepsy stroke dementia "
                        + "depression depressed anxiety ptsd autism autistic pregnant pregnancy miscarriage surgery medication "
                        + "disability wheelchair deaf addiction addicted rehab psychiatrist therapist medical",
                "prefixes: kanker diabet depress zwanger chemo psychiat dementie epilep autis verslav",
                "phrases: heart attack|mental health|chronic illness|terminally ill|ernstig ziek|chronisch ziek|terminaal ziek");
        category("religion",
                "words: moslim moslima islam islamitisch christen christelijk katholiek protestant joods jood hindoe boeddhist "
                        + "ramadan moskee synagoge gelovig atheïst atheist muslim catholic jewish hindu buddhist mosque "
                        + "synagogue religion religious",
                "prefixes: islamit",
                "phrases: mijn geloof|my faith|my religion");
        category("sexual orientation",
                "words: homo homoseksueel homoseksuele lesbisch lesbienne biseksueel transgender queer lhbti lhbtiq lgbt lgbtq "
                        + "gay lesbian bisexual homosexual",
                "prefixes: homoseks",
                "phrases: mijn vriend en ik zijn homo|coming out");
        category("political opinion",
                "words: pvv vvd d66 cda groenlinks pvda fvd bbb christenunie sgp denk partijlid",
                "prefixes: ",
                "phrases: stem op|gestemd op|lid van de partij|politieke partij|voted for|party member|political party");
        category("trade-union membership",
                "words: vakbond vakbondslid fnv cnv",
                "prefixes: vakbond",
                "phrases: union member|trade union|lid van de vakbond");
        category("criminal record",
                "words: strafblad veroordeeld gevangenis gedetineerd celstraf taakstraf enkelband reclassering convicted prison jail "
                        + "parole",
                "prefixes: gevangenis",
                "phrases: criminal record|in de gevangenis|in prison|in jail");
    }

    private static void category(String category, String words, String prefixes, String phrases) {
        for (String word : words.substring("words:".length()).trim().split("\\s+")) {
            WORDS.put(word, category);
        }
        for (String prefix : prefixes.substring("prefixes:".length()).trim().split("\\s+")) {
            if (!prefix.isEmpty()) {
                PREFIXES.put(prefix, category);
            }
        }
        for (String phrase : phrases.substring("phrases:".length()).trim().split("\\|")) {
            PHRASES.put(phrase, category);
        }
    }

    /** The lengths of the known prefixes: a word is looked up only at these, not at every length. */
    private static final int[] PREFIX_LENGTHS = PREFIXES.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
    /** The first two letters of the prefixes (ASCII): most words start otherwise and are looked up only once. */
    private static final boolean[] PREFIX_STARTS = new boolean[128 * 128];
    /** The first words of the two-word phrases: only after one of them is the pair looked up. */
    private static final java.util.Set<String> PAIR_STARTS = new java.util.HashSet<>();
    /** The phrases of three words or more, looked up directly. */
    private static final Map<String, String> LONG_PHRASES = new java.util.LinkedHashMap<>();

    static {
        for (String prefix : PREFIXES.keySet()) {
            if (prefix.length() < 2 || prefix.charAt(0) >= 128 || prefix.charAt(1) >= 128) {
                throw new IllegalStateException("prefixes start with two ASCII letters: " + prefix);
            }
            PREFIX_STARTS[prefix.charAt(0) * 128 + prefix.charAt(1)] = true;
        }
        PHRASES.forEach((phrase, category) -> {
            if (phrase.indexOf(' ') == phrase.lastIndexOf(' ')) {
                PAIR_STARTS.add(phrase.substring(0, phrase.indexOf(' ')));
            } else {
                LONG_PHRASES.put(phrase, category);
            }
        });
    }

    private static boolean mayHavePrefix(String word) {
        return word.length() > MIN_PREFIX && word.charAt(0) < 128 && word.charAt(1) < 128
                && PREFIX_STARTS[word.charAt(0) * 128 + word.charAt(1)];
    }

    private SpecialCategoryDetector() {
    }

    static void detect(ScanText text) {
        String lower = text.lower();
        int n = lower.length();
        int i = 0;
        int previousStart = -1;
        boolean previousStartsPair = false;
        while (i < n) {
            if (!isWordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(lower.charAt(end))) {
                end++;
            }
            String word = lower.substring(i, end);
            String category = WORDS.get(word);
            if (category == null && mayHavePrefix(word)) {
                for (int length : PREFIX_LENGTHS) {
                    if (length < word.length() && category == null) {
                        category = PREFIXES.get(word.substring(0, length));
                    }
                }
            }
            if (category == null && previousStartsPair && end - previousStart <= 40) {
                String phraseCategory = PHRASES.get(lower.substring(previousStart, end));
                if (phraseCategory != null) {
                    text.found(PersonalDataType.SPECIAL_CATEGORY, previousStart, end, 0.8, phraseCategory + " (GDPR Art. 9)");
                }
            }
            if (category != null) {
                text.found(PersonalDataType.SPECIAL_CATEGORY, i, end, 0.8, category + " (GDPR Art. 9)");
            }
            previousStart = i;
            previousStartsPair = PAIR_STARTS.contains(word);
            i = end;
        }
        phrasesOfThreeOrMore(text, lower);
    }

    /** Phrases of more than two words are few; each is looked up directly. */
    private static void phrasesOfThreeOrMore(ScanText text, String lower) {
        LONG_PHRASES.forEach((phrase, category) -> {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                boolean whole = !text.isLetterOrDigit(at - 1) && !text.isLetterOrDigit(at + phrase.length());
                if (whole) {
                    text.found(PersonalDataType.SPECIAL_CATEGORY, at, at + phrase.length(), 0.8, category + " (GDPR Art. 9)");
                }
            }
        });
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}

package nl.helder.server.knowledge.internal;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a question a text covers: the IDF-weighted share of the question's word positions that the
 * text contains. BM25 scores rank articles but cannot be compared across questions; this share can, so it
 * is what the abstention threshold applies to.
 *
 * <p>Credit per word position: 1 for the word or one of its synonyms, {@value #NEAR_SPELLING} for a
 * spelling one edit away (words of {@value #MIN_FUZZY_LENGTH}+ letters), {@value #PART_ONLY} when only a
 * compound part matches. A word the knowledge base never uses weighs most: a question about
 * "hypotheekrente" is not covered by an article that merely mentions "kosten".
 */
final class Coverage {

    static final double NEAR_SPELLING = 0.8;
    static final double PART_ONLY = 0.5;
    static final int MIN_FUZZY_LENGTH = 5;
    static final double BODY_ONLY = 0.75;
    static final double UNSEEN = 0.5;

    private final QueryTerms question;
    private final Map<String, Integer> documentFrequency;
    private final int documents;
    /**
     * Levenshtein automata by word, shared by every question: building one costs far more than running it, and
     * customers use the same words again and again. Bounded: emptied when full.
     */
    private static final Map<String, CharacterRunAutomaton> NEAR_SPELLINGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_WORDS = 50_000;
    /** By identity: the same set object is an article's head or one passage's terms. */
    private final Map<Set<String>, Map<String, Boolean>> nearSpellingsFound = new java.util.IdentityHashMap<>();

    Coverage(QueryTerms question, Map<String, Integer> documentFrequency, int documents) {
        this.question = question;
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /**
     * The share in [0, 1] of the question that a passage covers.
     *
     * @param head the analysed terms of the article's title and tags: what the article is about
     * @param body the analysed terms of the passage; a word found only here earns {@value #BODY_ONLY} of its
     *             credit, since a passage mentions many things it is not about
     */
    double of(Set<String> head, Set<String> body) {
        double total = 0;
        double covered = 0;
        for (QueryTerms.Group group : question.groups()) {
            double weight = idf(group.original());
            total += weight;
            covered += weight * Math.max(credit(group, head), BODY_ONLY * credit(group, body));
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * As {@link #of(Set, Set)}, each word weighted by its IDF to the power {@code power}: with 2, the question's rare
     * words (what it is specifically about) decide, its common ones hardly count.
     */
    double of(Set<String> head, Set<String> body, int power) {
        double total = 0;
        double covered = 0;
        for (QueryTerms.Group group : question.groups()) {
            double weight = Math.pow(idf(group.original()), power);
            total += weight;
            covered += weight * Math.max(credit(group, head), BODY_ONLY * credit(group, body));
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * The share of the question's adjacent word pairs (word positions next to each other) of which {@code head} and
     * {@code body} together hold both words: "nummer meenemen" found together says more than the two words apart.
     */
    double pairs(Set<String> head, Set<String> body) {
        List<QueryTerms.Group> groups = question.groups();
        if (groups.size() < 2) {
            return 0;
        }
        int held = 0;
        boolean previous = false;
        for (int i = 0; i < groups.size(); i++) {
            boolean found = credit(groups.get(i), head) > 0 || credit(groups.get(i), body) > 0;
            held += i > 0 && previous && found ? 1 : 0;
            previous = found;
        }
        return (double) held / (groups.size() - 1);
    }

    QueryTerms question() {
        return question;
    }

    private double credit(QueryTerms.Group group, Set<String> terms) {
        if (terms.contains(group.original()) || containsAny(terms, group.synonyms())) {
            return 1.0;
        }
        if (group.original().length() >= MIN_FUZZY_LENGTH && nearSpelling(group.original(), terms)) {
            return NEAR_SPELLING;
        }
        return containsAny(terms, group.parts()) ? PART_ONLY : 0.0;
    }

    private static boolean containsAny(Set<String> terms, Set<String> candidates) {
        for (String candidate : candidates) {
            if (terms.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code terms} holds a word one edit from {@code word}; remembered per set of terms for this question,
     * since an article's head is compared again with every one of its passages.
     */
    private boolean nearSpelling(String word, Set<String> terms) {
        return nearSpellingsFound.computeIfAbsent(terms, t -> new HashMap<>())
                .computeIfAbsent(word, w -> scanNearSpelling(w, terms));
    }

    private boolean scanNearSpelling(String word, Set<String> terms) {
        CharacterRunAutomaton automaton = NEAR_SPELLINGS.get(word);
        if (automaton == null) {
            if (NEAR_SPELLINGS.size() >= MAX_CACHED_WORDS) {
                NEAR_SPELLINGS.clear();
            }
            automaton = new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(1));
            NEAR_SPELLINGS.put(word, automaton);
        }
        for (String term : terms) {
            if (Math.abs(term.length() - word.length()) <= 1 && automaton.run(term)) {
                return true;
            }
        }
        return false;
    }

    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return (df == 0 ? UNSEEN : 1.0) * Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}

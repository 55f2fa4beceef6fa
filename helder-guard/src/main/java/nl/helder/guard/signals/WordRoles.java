package nl.helder.guard.signals;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each word of a message is to the word-list rules of {@link Eligibility}, {@link Bereavement} and
 * {@link Eviction}, found with one map look-up per word for all of them (the input guards' budget is per message); a rule
 * whose words are all absent asks {@link #any} and costs nothing more.
 */
final class WordRoles {

    static final int SUPPORT = 1, LOST = 2, RELATIVE = 4, PUT_OUT = 8;
    private static final Map<String, Integer> OF_WORD = rolesOfWords();

    private final int[] roles;
    private final int all;

    private WordRoles(int[] roles, int all) {
        this.roles = roles;
        this.all = all;
    }

    static WordRoles of(TaggedMessage m) {
        int[] roles = new int[m.size()];
        int all = 0;
        for (int i = 0; i < m.size(); i++) {
            Integer role = OF_WORD.get(m.word(i));
            if (role != null) {
                roles[i] = role;
                all |= role;
            }
        }
        return new WordRoles(roles, all);
    }

    /** Whether word {@code i} has {@code role}. */
    boolean at(int i, int role) {
        return (roles[i] & role) != 0;
    }

    /** Whether a word from {@code from} to {@code to} (both included, clipped to the message) has {@code role}. */
    boolean anyWithin(int role, int from, int to) {
        for (int j = Math.max(0, from); j <= Math.min(roles.length - 1, to); j++) {
            if (at(j, role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the message has {@code role}. */
    boolean any(int role) {
        return (all & role) != 0;
    }

    private static Map<String, Integer> rolesOfWords() {
        Map<String, Integer> roles = new HashMap<>();
        add(roles, Eligibility.SUPPORT, SUPPORT);
        add(roles, Eligibility.SUPPORT_PHRASES.firstWords(), SUPPORT);
        add(roles, Bereavement.LOST, LOST);
        add(roles, Bereavement.RELATIVES, RELATIVE);
        add(roles, Eviction.PUT_OUT, PUT_OUT);
        return Map.copyOf(roles);
    }

    private static void add(Map<String, Integer> roles, Set<String> words, int role) {
        words.forEach(word -> roles.merge(word, role, (a, b) -> a | b));
    }
}

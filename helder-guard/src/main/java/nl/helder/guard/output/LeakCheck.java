package nl.helder.guard.output;

import nl.helder.guard.AnswerCheck;
import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;
import nl.helder.guard.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds registered secrets (canary tokens, a system prompt, internal settings) in an answer, even with their
 * spacing or case changed, and phrases that announce leaked instructions. A secret's text is never repeated in
 * the reason.
 */
public final class LeakCheck implements AnswerCheck {

    /** Long secrets (a system prompt) count as leaked when any of their sentences of this length or more appears. */
    private static final int MIN_FRAGMENT = 24;
    private static final List<String> ANNOUNCEMENTS = List.of("my system prompt", "my instructions are", "my instructions say",
            "here are my instructions", "mijn systeemprompt", "mijn instructies zijn", "hier zijn mijn instructies",
            "meine anweisungen lauten", "mes instructions sont");

    private final List<String> fragments;

    public LeakCheck(List<String> secrets) {
        List<String> all = new ArrayList<>();
        for (String secret : secrets) {
            String compact = compact(secret);
            if (compact.length() <= 64) {
                all.add(compact);
            } else {
                AnswerText.sentences(secret).stream().map(LeakCheck::compact).filter(f -> f.length() >= MIN_FRAGMENT).forEach(all::add);
            }
        }
        this.fragments = List.copyOf(all);
    }

    @Override
    public List<OutputCheck> check(String answer, List<String> sources) {
        List<OutputCheck> found = new ArrayList<>();
        String compact = compact(answer);
        for (String fragment : fragments) {
            if (!fragment.isEmpty() && compact.contains(fragment)) {
                found.add(new OutputCheck(OutputCheckType.LEAK, 1.0, "contains a registered secret (" + fragment.length() + " characters)"));
                break;
            }
        }
        Tokens.firstPhrase(AnswerText.fold(answer), ANNOUNCEMENTS).ifPresent(announcement ->
                found.add(new OutputCheck(OutputCheckType.LEAK, 0.8, "announces its instructions: \"" + announcement + "\"")));
        return found;
    }

    private static String compact(String text) {
        String head = text.length() > AnswerText.MAX_CHARS ? text.substring(0, AnswerText.MAX_CHARS) : text;
        StringBuilder out = new StringBuilder(head.length());
        head.codePoints().filter(Character::isLetterOrDigit).forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

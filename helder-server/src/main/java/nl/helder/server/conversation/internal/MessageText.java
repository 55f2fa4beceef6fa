package nl.helder.server.conversation.internal;

import java.text.Normalizer;

/**
 * Checks customer text at the edge, before anything is stored: not empty, not too long, valid UTF-16, and
 * free of control characters (tab, line feed and carriage return excepted), of the bidirectional formatting
 * characters that make text display in another order than it is read (the "Trojan Source" trick, CVE-2021-42574:
 * U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and of Unicode tag characters (U+E0000–U+E007F, invisible
 * letters that can smuggle text past a reader to a language model). Refused, not removed: the sender sees what was
 * wrong and nothing is stored in a form they did not send. One pass, linear in length.
 */
final class MessageText {

    private MessageText() {
    }

    /** Returns the text to process (NFC-normalised, trimmed) or throws a 400 problem saying what is wrong. */
    static String validate(String text, int maxChars) {
        if (text == null) {
            throw ConversationProblem.invalidMessage("The request needs a JSON body with a \"text\" string.");
        }
        // Refuse before normalising: normalisation of a huge text is itself work an attacker could ask for.
        if (text.length() > maxChars * 4L) {
            throw ConversationProblem.messageTooLong(text.length(), maxChars);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                    if (codePoint >= 0xE0000 && codePoint <= 0xE007F) {
                        throw ConversationProblem.invalidMessage(String.format(
                                "The text contains an invisible Unicode tag character (U+%05X at %d); send it without.", codePoint, i));
                    }
                    i++;
                    continue;
                }
                throw ConversationProblem.invalidMessage("The text is not valid Unicode (unpaired surrogate at " + i + ").");
            }
            if (Character.isLowSurrogate(c)) {
                throw ConversationProblem.invalidMessage("The text is not valid Unicode (unpaired surrogate at " + i + ").");
            }
            if (isBidiControl(c)) {
                throw ConversationProblem.invalidMessage(String.format(
                        "The text contains a character that changes the direction of the text (U+%04X at %d); send it without.",
                        (int) c, i));
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                throw ConversationProblem.invalidMessage(String.format(
                        "The text contains a control character (U+%04X at %d).", (int) c, i));
            }
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (normalised.isEmpty()) {
            throw ConversationProblem.invalidMessage("The text is empty.");
        }
        int length = normalised.codePointCount(0, normalised.length());
        if (length > maxChars) {
            throw ConversationProblem.messageTooLong(length, maxChars);
        }
        return normalised;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}

package nl.helder.server.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a Markdown body into passages (paragraphs, a heading joined to what follows) as plain text. */
final class Passages {

    /** Passages shorter than this are joined to the next when shown as an answer. */
    static final int SHORT = 80;

    private Passages() {
    }

    static List<String> split(String markdown) {
        List<String> passages = new ArrayList<>();
        String pendingHeading = null;
        for (String block : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            String text = plainText(block);
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = block.strip().startsWith("#") && !text.contains("\n");
            if (heading) {
                pendingHeading = pendingHeading == null ? text : pendingHeading + " — " + text;
                continue;
            }
            passages.add(pendingHeading == null ? text : pendingHeading + ": " + text);
            pendingHeading = null;
        }
        if (pendingHeading != null) {
            passages.add(pendingHeading);
        }
        return passages;
    }

    /** The text of the Markdown headings ({@code #} to {@code ######}) of {@code markdown}, in order. */
    static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                String text = plainText(stripped);
                if (!text.isEmpty()) {
                    headings.add(text);
                }
            }
        }
        return headings;
    }

    /** Markdown markup removed: heading marks, emphasis, link syntax (keeping the link text), code ticks. */
    static String plainText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (String line : markdown.strip().split("\n")) {
            String text = line.strip().replaceFirst("^#{1,6}\\s*", "");
            text = text.replaceAll("\\[([^\\]\\n]{0,300})]\\([^)\\s]{0,500}\\)", "$1")
                    .replace("**", "").replace("__", "").replace("`", "");
            if (!text.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(text);
            }
        }
        return out.toString();
    }

    /** Cuts {@code text} to at most {@code maxChars}, at the end of a sentence where one is near. */
    static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        String cut = text.substring(0, maxChars);
        int sentenceEnd = Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf(".\n"), cut.lastIndexOf("! ")));
        if (sentenceEnd > maxChars / 2) {
            return cut.substring(0, sentenceEnd + 1);
        }
        int space = cut.lastIndexOf(' ');
        return (space > maxChars / 2 ? cut.substring(0, space) : cut) + " …";
    }
}

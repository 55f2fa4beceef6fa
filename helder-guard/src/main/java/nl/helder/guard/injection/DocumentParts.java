package nl.helder.guard.injection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document split into the parts {@link IndirectInjection} judges one by one: the visible paragraphs, every
 * piece of text a reader of the rendered page never sees (HTML comments, Markdown comments, elements styled
 * invisible), and quoted examples ("for example: “Always answer in English.”"), which documentation about a
 * company's own assistant is full of. Hidden text and examples are cut out of the paragraphs so each is judged once.
 *
 * @param text    the part's text
 * @param hidden  how the text is hidden ("HTML comment", ...), or null
 * @param example whether the text is a quoted example: talked about, not said to the reader
 */
record DocumentParts(String text, String hidden, boolean example) {

    private static final int MAX_HIDDEN = 20_000;
    private static final Pattern MARKDOWN_COMMENT = Pattern.compile(
            "(?m)^[ \\t]{0,3}\\[[^\\]\\n]{0,40}\\]:[ \\t]{0,4}(?:#|<>)[ \\t]{0,4}([^\\n]{1,5000})$");
    /** Styles (or the hidden attribute) that make an element's text invisible; the element is found around the match. */
    private static final Pattern HIDING = Pattern.compile("(?i)display\\s{0,3}:\\s{0,3}none|visibility\\s{0,3}:\\s{0,3}hidden"
            + "|font-size\\s{0,3}:\\s{0,3}0(?![.,]?[1-9])|opacity\\s{0,3}:\\s{0,3}0(?![.,]?[1-9])"
            + "|(?<![a-z-])color\\s{0,3}:\\s{0,3}(?:#fff\\b|#ffffff\\b|white\\b|transparent\\b|rgba?\\(\\s{0,3}255\\s{0,3},\\s{0,3}255\\s{0,3},\\s{0,3}255)"
            + "|\\shidden(?=[\\s>=/])");
    private static final Pattern TAG_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,10}");
    private static final int MAX_TAG = 800;
    /** A quotation right after "for example" and its translations: an instruction shown, not given. */
    private static final Pattern QUOTED_EXAMPLE = Pattern.compile("(?i)(?:for example|for instance|e\\.\\s?g\\.|such as|bijvoorbeeld"
            + "|bijv\\.|bv\\.|zum beispiel|z\\.\\s?b\\.|beispielsweise|par exemple|p\\.\\s?ex\\.)[^\"“„«\\n]{0,40}[\"“„«]"
            + "([^\"”“«»\\n]{1,1000})[\"”“»]");
    /** French elision: in "j'ai" the word "ai" is "have", not "AI". */
    private static final Pattern FRENCH_AI = Pattern.compile("(?i)\\b([jn])['’]\\s?ai\\b");

    static List<DocumentParts> of(String document) {
        List<DocumentParts> parts = new ArrayList<>();
        String visible = cutHtmlComments(document, parts);
        visible = cut(visible, MARKDOWN_COMMENT, "Markdown comment", parts);
        visible = cutInvisibleElements(visible, parts);
        visible = cut(visible, QUOTED_EXAMPLE, null, parts);
        for (String paragraph : paragraphs(visible)) {
            parts.add(new DocumentParts(paragraph, null, false));
        }
        return parts;
    }

    /** The text as the patterns should read it: French "j'ai" is not about AI. */
    String forPatterns() {
        return FRENCH_AI.matcher(text).replaceAll("$1ai");
    }

    boolean isHidden() {
        return hidden != null;
    }

    /** {@code <!-- ... -->}, by searching rather than by a regular expression, so any input stays linear. */
    private static String cutHtmlComments(String text, List<DocumentParts> parts) {
        StringBuilder rest = new StringBuilder(text.length());
        int last = 0;
        int start = text.indexOf("<!--");
        while (start >= 0) {
            int end = text.indexOf("-->", start + 4);
            int contentEnd = end < 0 ? text.length() : end;
            addHidden(text.substring(start + 4, Math.min(contentEnd, start + 4 + MAX_HIDDEN)), "HTML comment", parts);
            rest.append(text, last, start).append(' ');
            last = end < 0 ? text.length() : end + 3;
            start = end < 0 ? -1 : text.indexOf("<!--", last);
        }
        return rest.append(text, last, text.length()).toString();
    }

    /**
     * Elements styled invisible. Each hiding style is located by a simple expression, then its tag by a bounded
     * search backwards and the closing tag by a search forwards: linear on any input.
     */
    private static String cutInvisibleElements(String text, List<DocumentParts> parts) {
        Matcher hiding = HIDING.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        int last = 0;
        while (last < text.length() && hiding.find(last)) {
            int tagStart = openingBracket(text, hiding.start());
            int tagEnd = tagStart < 0 ? -1 : text.indexOf('>', hiding.end());
            Matcher name = tagStart < 0 ? null : TAG_NAME.matcher(text).region(tagStart + 1, Math.min(text.length(), tagStart + 12));
            if (tagEnd < 0 || tagEnd - tagStart > MAX_TAG || !name.lookingAt()) {
                last = hiding.end();
                continue;
            }
            String closing = "</" + name.group().toLowerCase(java.util.Locale.ROOT);
            int limit = Math.min(text.length(), tagEnd + 1 + MAX_HIDDEN);
            int end = text.substring(tagEnd + 1, limit).toLowerCase(java.util.Locale.ROOT).indexOf(closing);
            int contentEnd = end < 0 ? limit : tagEnd + 1 + end;
            addHidden(text.substring(tagEnd + 1, contentEnd), "text styled invisible", parts);
            rest.append(text, last, tagStart).append(' ');
            int close = end < 0 ? -1 : text.indexOf('>', contentEnd);
            last = close < 0 ? contentEnd : close + 1;
        }
        return rest.append(text, Math.min(last, text.length()), text.length()).toString();
    }

    /** The '<' of the tag {@code at} lies in, looking back at most {@link #MAX_TAG} characters; -1 if outside a tag. */
    private static int openingBracket(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - MAX_TAG); i--) {
            char c = text.charAt(i);
            if (c == '<') {
                return i;
            }
            if (c == '>') {
                return -1;
            }
        }
        return -1;
    }

    private static void addHidden(String hiddenText, String how, List<DocumentParts> parts) {
        if (!hiddenText.isBlank()) {
            parts.add(new DocumentParts(hiddenText.strip(), how, false));
        }
    }

    /** Cuts what {@code pattern}'s last group matches out of {@code text} into a part hidden {@code how} (null: an example). */
    private static String cut(String text, Pattern pattern, String how, List<DocumentParts> parts) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        int last = 0;
        while (matcher.find()) {
            String hiddenText = unwrap(matcher.group(matcher.groupCount()));
            if (hiddenText != null && !hiddenText.isBlank()) {
                parts.add(new DocumentParts(hiddenText.strip(), how, how == null));
            }
            rest.append(text, last, matcher.start()).append(' ');
            last = matcher.end();
        }
        return rest.append(text, last, text.length()).toString();
    }

    /** A Markdown comment's text without the parentheses or quotes it is written in: {@code [//]: # (text)}. */
    private static String unwrap(String text) {
        String t = text == null ? null : text.strip();
        if (t != null && t.length() >= 2 && "(\"'".indexOf(t.charAt(0)) >= 0 && ")\"'".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** Paragraphs separated by blank lines; a loop, not a regular expression, to stay linear on any input. */
    static List<String> paragraphs(String document) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : document.split("\n", -1)) {
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            } else {
                paragraph.append(line).append('\n');
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }
}

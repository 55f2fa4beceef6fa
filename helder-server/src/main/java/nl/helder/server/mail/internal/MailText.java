package nl.helder.server.mail.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an e-mail's text into what the customer wrote now and what came with it: the quoted history of earlier
 * mails (lines with {@code >}, a reply header such as "On ... wrote:" or "-----Original Message-----" and all
 * after it) and the signature (after "-- ", or from a closing such as "Met vriendelijke groet" near the end).
 * HTML is read as text with jsoup and never kept as HTML: scripts, styles and markup are dropped, blockquotes
 * are quoted history.
 */
final class MailText {

    /** The new text and the rest (quoted history and signature), both plain text. */
    record Split(String text, String quoted) {
    }

    /** A line that introduces the quoted mail, in the languages Helder serves; all that follows is quoted. */
    private static final List<Pattern> REPLY_HEADERS = List.of(
            Pattern.compile("^\\s*(On|Op|Am|Le|El|Il)\\s.{0,200}\\b(wrote|schreef|schrieb|a écrit|escribió|ha scritto)\\b.{0,200}:\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*-{2,}\\s*(Original Message|Oorspronkelijk bericht|Originalnachricht|Ursprüngliche Nachricht|"
                    + "Message d'origine|Forwarded message|Doorgestuurd bericht)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*_{10,}\\s*$"));
    /** An Outlook-style header block: "From:" followed within three lines by "Sent:" (or its translation). */
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?(From|Van|Von|De)\\s*:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\s*\\*?(Sent|Date|Verzonden|Datum|Gesendet|Envoyé|Envoye)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    /** A closing that starts a signature when it stands near the end on a short line of its own. */
    private static final Pattern CLOSING = Pattern.compile("^\\s*(met )?(vriendelijke|hartelijke) groet(en)?\\b.*|^\\s*groet(en|jes)?\\b.{0,20}"
            + "|^\\s*(kind|best|warm|many thanks and)? ?regards\\b.*|^\\s*(cheers|thanks|thank you|bedankt|alvast bedankt)[,!.]?\\s*$"
            + "|^\\s*(mit )?freundlichen? grü(ß|ss)en\\b.*|^\\s*(viele|beste|liebe) grü(ß|ss)e\\b.*"
            + "|^\\s*(cordialement|bien à vous|bien cordialement|salutations)\\b.*"
            + "|^\\s*(sent from my|verzonden (vanaf|met) mijn|von meinem|envoyé de mon)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final int CLOSING_WITHIN_LAST_LINES = 8;

    private MailText() {
    }

    static Split split(String plain) {
        String normalised = plain.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = normalised.split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (startsQuote(lines, i)) {
                end = i;
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        int signature = signatureStart(lines, end);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i >= end || i >= signature || line.stripLeading().startsWith(">")) {
                quoted.append(line).append('\n');
            } else {
                text.append(line).append('\n');
            }
        }
        return new Split(tidy(text.toString()), tidy(quoted.toString()));
    }

    /** An HTML body as text: blockquotes and Gmail/Outlook quote containers go to the quoted history. */
    static Split splitHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        StringBuilder quoted = new StringBuilder();
        for (Element quote : document.select("blockquote, div.gmail_quote, div#appendonsend, div#divRplyFwdMsg, div.moz-cite-prefix")) {
            if (quote.parents().stream().noneMatch(parent -> parent.is("blockquote, div.gmail_quote"))) {
                quoted.append(text(quote)).append('\n');
            }
        }
        document.select("blockquote, div.gmail_quote, div#appendonsend, div#divRplyFwdMsg, div.moz-cite-prefix").remove();
        Split split = split(text(document.body()));
        String rest = (split.quoted() + "\n" + quoted).strip();
        return new Split(split.text(), rest);
    }

    /** An element's text with line breaks where the HTML had blocks and breaks. */
    static String text(Element element) {
        Element copy = element.clone();
        copy.select("br").after("\n");
        copy.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, pre, table").after("\n");
        return tidy(copy.wholeText().replace('\u00a0', ' '));
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i];
        for (Pattern header : REPLY_HEADERS) {
            if (header.matcher(line).matches()) {
                return true;
            }
        }
        // "On Mon, 3 Jun 2024 ... <x@y>" may wrap before "wrote:".
        if (i + 1 < lines.length && (line + " " + lines[i + 1]).length() < 300
                && REPLY_HEADERS.get(0).matcher(line + " " + lines[i + 1].strip()).matches() && !line.isBlank()) {
            return true;
        }
        if (OUTLOOK_FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                if (OUTLOOK_SENT.matcher(lines[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the signature starts, at or before {@code end}; {@code end} when there is none. */
    private static int signatureStart(String[] lines, int end) {
        for (int i = 0; i < end; i++) {
            if (lines[i].equals("-- ") || lines[i].equals("--")) {
                return i;
            }
        }
        int nonEmptySeen = 0;
        int start = end;
        for (int i = end - 1; i >= 0 && nonEmptySeen < CLOSING_WITHIN_LAST_LINES; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            nonEmptySeen++;
            if (lines[i].strip().length() <= 60 && CLOSING.matcher(lines[i]).matches()) {
                start = i;
            }
        }
        // A closing on the first line is the whole mail ("Thanks!"), not a signature.
        return firstNonBlank(lines, end) == start ? end : start;
    }

    private static int firstNonBlank(String[] lines, int end) {
        for (int i = 0; i < end; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return end;
    }

    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}

package nl.helder.guard.injection;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document addresses an AI reader by name: a label that names one ("AI assistant:", "Voor AI-chatbots:",
 * "(For automated assistants)", a table cell "AI instructions"), a greeting ("Dear assistant") or a call at the
 * start of a sentence ("Chatbot, from now on ..."). A label dedicated to an AI ("Note for AI assistants:",
 * "Chatbot-Hinweis:") is stronger than one that merely names it ("Chatbot: available 24/7"), unless it is about
 * the reader's own use of it ("Tips for using the chatbot:", "Questions about your assistant:").
 */
final class AiAddress {

    /** A finding: how strong, and why. */
    record Finding(double score, String reason) {
    }

    static final double NAMED = 0.6;
    static final double DEDICATED = 0.8;

    private static final Set<String> READERS = Set.of("ai", "ki", "ia", "llm", "llms", "gpt", "chatgpt", "claude", "gemini",
            "copilot", "chatbot", "chatbots", "bot", "bots", "assistant", "assistants", "assistent", "assistenten", "assistentin",
            "assistente", "assistentes", "assistante", "assistantes", "taalmodel", "taalmodellen", "sprachmodell", "sprachmodelle",
            "sprachmodellen", "crawler", "crawlers");
    /** Nouns that name an AI only after a qualifier: "virtual agent", "language model", "automated assistant". */
    private static final Set<String> QUALIFIED = Set.of("agent", "agents", "model", "models", "modell", "modelle", "modele", "modeles",
            "system", "systems", "systeme", "systemen", "tool", "tools", "helper", "helpers");
    private static final Set<String> QUALIFIERS = Set.of("ai", "ki", "ia", "virtual", "virtuele", "virtueller", "virtuelle", "virtuel",
            "virtuels", "digital", "digitale", "digitaler", "automated", "geautomatiseerde", "automatisierte", "automatise", "automatises",
            "language", "taal", "langage", "llm");
    private static final Set<String> DEDICATIONS = Set.of("for", "to", "voor", "aan", "an", "fur", "pour", "a", "aux", "intention",
            "attention", "note", "notice", "notes", "hinweis", "opmerking", "notitie", "remarque", "instruction", "instructions",
            "instructie", "instructies", "anweisung", "anweisungen", "consigne", "consignes", "rule", "rules", "regel", "regels",
            "regeln", "regle", "regles", "reminder", "memo", "important", "belangrijk", "wichtig");
    /** A label about the reader's own use of the assistant is addressed to the reader, not to the AI. */
    private static final Set<String> ABOUT_USE = Set.of("using", "use", "uses", "gebruik", "gebruiken", "nutzen", "nutzung",
            "verwenden", "utiliser", "utilisation", "with", "met", "mit", "avec", "about", "over", "uber", "sur", "our", "onze",
            "ons", "unser", "unsere", "unseren", "notre", "nos", "your", "je", "jouw", "uw", "ihr", "ihre", "ihren", "dein", "deine",
            "votre", "vos", "ton", "ta", "tes", "how", "hoe", "wie", "comment", "what", "wat", "was", "tips", "tipps", "conseils",
            "faq", "questions", "vragen", "fragen", "question", "vraag", "frage");

    /** "AI tools that read this page:" is addressed to whatever reads the page. */
    private static final Set<String> THIS = Set.of("this", "these", "deze", "dit", "diese", "dieser", "dieses", "diesen", "cette", "cet", "ce", "ces");
    private static final Set<String> DOCUMENT = Set.of("page", "pagina", "seite", "article", "artikel", "document", "dokument", "text",
            "tekst", "texte", "content", "inhoud", "inhalt", "contenu", "site", "website", "kennisbank", "knowledge", "wissensdatenbank",
            "wissensbasis", "connaissances");

    /** A label before a colon, at the start of the text, a sentence or a list or table item. */
    private static final Pattern COLON_LABEL = Pattern.compile("(?:^|[.!?]\\s|[|>*#(]\\s?|\\s-\\s)\\s?([^.!?:|()\\n]{1,80}?)\\s?:(?!//)");
    private static final Pattern PAREN_LABEL = Pattern.compile("(?:^|[.!?]\\s)\\s?\\(([^()]{1,80})\\)");
    private static final Pattern TABLE_CELL = Pattern.compile("\\|\\s?([^|]{1,80}?)\\s?(?=\\|)");
    private static final String NAMES = "ai|ki|ia|llm|gpt|chatgpt|chatbot|bot|assistant|assistants|assistent|assistente|assistante";
    private static final Pattern CALLED = Pattern.compile("(?:^|[.!?]\\s)\\s?(?:(?:hey|hi|hello|dear|beste|lieve|hallo|liebe|lieber|cher|chere|salut|bonjour)\\s)?"
            + "(?:the\\s|de\\s|die\\s|der\\s|l'|le\\s|la\\s)?(?:(?:ai|ki|ia)[ -])?(?:" + NAMES + ")\\s?,");
    private static final Pattern GREETED = Pattern.compile("(?<![a-z0-9])(?:hey|dear|beste|lieve|liebe|lieber|cher|chere)\\s(?:(?:ai|ki|ia)[ -])?(?:" + NAMES + ")(?![a-z0-9])");

    private AiAddress() {
    }

    /** The strongest form of address in {@code folded} (normalised text), if any. */
    static Optional<Finding> find(String folded) {
        Finding best = null;
        for (Pattern labels : List.of(COLON_LABEL, PAREN_LABEL, TABLE_CELL)) {
            Matcher label = labels.matcher(folded);
            int found = 0;
            while (label.find() && found++ < 200) {
                Finding finding = judge(label.group(1));
                if (finding != null && (best == null || finding.score() > best.score())) {
                    best = finding;
                }
            }
        }
        if (best == null) {
            for (Pattern call : List.of(CALLED, GREETED)) {
                Matcher matcher = call.matcher(folded);
                if (matcher.find()) {
                    best = new Finding(NAMED, "addresses an AI by name (\"" + matcher.group().strip() + "\")");
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Finding judge(String label) {
        List<String> words = nl.helder.guard.text.Tokens.words(label, 12);
        if (words.isEmpty() || words.size() > 10 || !namesAnAi(words)) {
            return null;
        }
        boolean dedicated = words.stream().anyMatch(DEDICATIONS::contains) && words.stream().noneMatch(ABOUT_USE::contains)
                || words.stream().anyMatch(THIS::contains) && words.stream().anyMatch(DOCUMENT::contains);
        String shown = String.join(" ", words);
        if (dedicated) {
            return new Finding(DEDICATED, "a note addressed to an AI (\"" + shown + "\")");
        }
        // Only a label that ends in the name calls the AI ("AI assistant:"); "Bot name:" is a field of a form.
        return READERS.contains(words.get(words.size() - 1)) || endsInQualifiedName(words)
                ? new Finding(NAMED, "addresses an AI by name (\"" + shown + "\")") : null;
    }

    private static boolean endsInQualifiedName(List<String> words) {
        int last = words.size() - 1;
        return last > 0 && QUALIFIED.contains(words.get(last)) && QUALIFIERS.contains(words.get(last - 1));
    }

    private static boolean namesAnAi(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (READERS.contains(words.get(i)) || (i > 0 && QUALIFIED.contains(words.get(i)) && QUALIFIERS.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}

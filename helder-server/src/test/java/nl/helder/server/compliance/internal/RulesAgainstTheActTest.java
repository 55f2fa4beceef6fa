package nl.helder.server.compliance.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the rules file against the text of the AI Act in {@code ../shared/data/ai-act} (English, from the
 * Official Journal via a public scrape): every article, paragraph, point and Annex III area the rules cite
 * exists, and the application dates are the ones Art. 113 states. Skipped where that data is not present.
 */
class RulesAgainstTheActTest {

    private static final Path ACT = Path.of("..", "..", "shared", "data", "ai-act");
    private static final Pattern ARTICLE = Pattern.compile("Art\\. (\\d+)((?:\\(\\d+\\))?)((?:\\([a-h]\\))?)");
    private static final Pattern ANNEX_III_POINT = Pattern.compile("Annex III point (\\d)(?:\\(([a-d])\\))?");

    static AiActRules rules;
    static JsonNode articles;
    static JsonNode annexes;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RulesAgainstTheActTest.class.getResourceAsStream("/compliance/ai-act-rules.yaml")) {
            rules = AiActRules.load(in);
        }
        if (Files.isDirectory(ACT)) {
            JsonMapper json = JsonMapper.builder().build();
            articles = json.readTree(ACT.resolve("articles.json").toFile());
            annexes = json.readTree(ACT.resolve("annexes.json").toFile());
        }
    }

    private static List<String> references() {
        List<String> references = new ArrayList<>();
        rules.questions().forEach(q -> references.add(q.reference()));
        rules.obligations().forEach(o -> references.add(o.reference()));
        rules.vendorQuestions().forEach(v -> references.add(v.reference()));
        rules.dates().values().forEach(d -> references.add(d.reference()));
        return references;
    }

    private static String article(int number) {
        return articles.path(String.format(Locale.ROOT, "article_%03d", number)).path("text_content").asString("");
    }

    @Test
    void everyCitedArticleParagraphAndPointExists() {
        assumeTrue(articles != null, "the AI Act text is not in ../shared/data/ai-act");
        List<String> missing = new ArrayList<>();
        // GDPR references are about another regulation; they are not checked against the AI Act.
        for (String reference : references().stream().filter(r -> !r.contains("GDPR")).toList()) {
            Matcher m = ARTICLE.matcher(reference);
            while (m.find()) {
                String text = article(Integer.parseInt(m.group(1)));
                if (text.isEmpty()) {
                    missing.add(reference + ": no Article " + m.group(1));
                    continue;
                }
                String paragraph = m.group(2).replaceAll("[()]", "");
                if (!paragraph.isEmpty() && !text.contains(paragraph + ". ")) {
                    missing.add(reference + ": Article " + m.group(1) + " has no paragraph " + paragraph);
                }
                if (!m.group(3).isEmpty() && !text.contains(m.group(3) + " ")) {
                    missing.add(reference + ": Article " + m.group(1) + " has no point " + m.group(3));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCitedAnnexIiiAreaExists() {
        assumeTrue(annexes != null, "the AI Act text is not in ../shared/data/ai-act");
        String annexIii = annexes.path("annex_03").path("text_content").asString("");
        assertThat(annexes.path("annex_03").path("title").asString()).contains("Annex III");
        List<String> missing = new ArrayList<>();
        for (String reference : references()) {
            Matcher m = ANNEX_III_POINT.matcher(reference);
            while (m.find()) {
                if (!annexIii.contains(m.group(1) + ". ")) {
                    missing.add(reference);
                }
                if (m.group(2) != null && !annexIii.contains("(" + m.group(2) + ")")) {
                    missing.add(reference);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(rules.questions().stream().filter(q -> q.reference().contains("Annex III point")).map(q -> q.reference()
                .replaceAll(".*Annex III point (\\d).*", "$1")).distinct().sorted().toList())
                .as("every Annex III area has a question").containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void theApplicationDatesAreThoseOfArticle113() {
        assumeTrue(articles != null, "the AI Act text is not in ../shared/data/ai-act");
        String article113 = article(113);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        rules.dates().values().forEach(date -> assertThat(article113).as(date.id()).contains(date.date().format(format)));
    }
}

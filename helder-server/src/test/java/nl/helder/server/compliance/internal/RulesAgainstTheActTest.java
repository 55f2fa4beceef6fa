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
import java.util.Map;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the rules files against the text of the AI Act in {@code ../shared/data/ai-act} (English, from the
 * Official Journal via a public scrape, the 2024 text): every article, paragraph, point and Annex III area either
 * version cites exists, and the 2024 version's application dates are the ones Art. 113 states. The amended
 * version cannot be checked against the 2024 text; its dates are checked for what can honestly be checked: the
 * unchanged ones are those of Art. 113, the changed ones are not (so "amended" is true), each changed date names
 * its sources (the Omnibus proposal, agreement and adoptions), and agree with an independent record of the
 * amendment kept in this test. Skipped where the Act's text is not present.
 */
class RulesAgainstTheActTest {

    private static final Path ACT = Path.of("..", "..", "shared", "data", "ai-act");
    private static final Pattern ARTICLE = Pattern.compile("Art\\. (\\d+)((?:\\(\\d+\\))?)((?:\\([a-h]\\))?)");
    private static final Pattern ANNEX_III_POINT = Pattern.compile("Annex III point (\\d)(?:\\(([a-d])\\))?");

    static AiActRules rules;
    static AiActRules amended;
    static JsonNode articles;
    static JsonNode annexes;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RulesAgainstTheActTest.class.getResourceAsStream("/compliance/ai-act-rules-2024.yaml")) {
            rules = AiActRules.load(in);
        }
        try (InputStream in = RulesAgainstTheActTest.class.getResourceAsStream("/compliance/ai-act-rules.yaml")) {
            amended = AiActRules.load(in);
        }
        if (Files.isDirectory(ACT)) {
            JsonMapper json = JsonMapper.builder().build();
            articles = json.readTree(ACT.resolve("articles.json").toFile());
            annexes = json.readTree(ACT.resolve("annexes.json").toFile());
        }
    }

    private static List<String> references() {
        List<String> references = new ArrayList<>();
        for (AiActRules version : List.of(rules, amended)) {
            version.questions().forEach(q -> references.add(q.reference()));
            version.obligations().forEach(o -> references.add(o.reference()));
            version.vendorQuestions().forEach(v -> references.add(v.reference()));
            version.dates().values().forEach(d -> references.add(d.reference()));
        }
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

    /**
     * The changes of the Digital Omnibus on AI as recorded independently of the rules file (from the sources the
     * file names: COM(2025) 836 of 19 November 2025, the provisional agreement of 7 May 2026, Parliament's vote of
     * 16 June 2026 and the Council's adoption of 29 June 2026): date key, date.
     */
    private static final Map<String, LocalDate> OMNIBUS = Map.of(
            "annex-iii", LocalDate.of(2027, 12, 2),
            "products", LocalDate.of(2028, 8, 2),
            "synthetic-content-existing", LocalDate.of(2026, 12, 2),
            "new-prohibition", LocalDate.of(2026, 12, 2));

    @Test
    void theAmendedDatesAreTheUnchangedOnesOfArticle113AndTheDocumentedChanges() {
        assumeTrue(articles != null, "the AI Act text is not in ../shared/data/ai-act");
        String article113 = article(113);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        for (AiActRules.ApplicationDate date : amended.dates().values()) {
            if (date.amended()) {
                assertThat(article113).as(date.id() + " is marked amended, so the 2024 text must not state it")
                        .doesNotContain(date.date().format(format));
                assertThat(OMNIBUS).as(date.id()).containsEntry(date.id(), date.date());
                assertThat(date.sources()).as(date.id() + " names the adoption it rests on").contains("council");
            } else {
                assertThat(article113).as(date.id()).contains(date.date().format(format));
                assertThat(rules.dates().get(date.id()).date()).as(date.id() + " unchanged from the 2024 rules").isEqualTo(date.date());
            }
        }
        assertThat(amended.dates().keySet()).containsAll(OMNIBUS.keySet());
    }

    @Test
    void theAmendedRulesSayWhereTheyComeFromAndWhatIsNotConfirmed() {
        assertThat(amended.sources()).containsKeys("omnibus-proposal", "provisional-agreement", "parliament", "council", "official-journal");
        assertThat(amended.sources().get("omnibus-proposal").text()).contains("COM(2025) 836");
        assertThat(amended.sources().get("omnibus-proposal").date()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(amended.sources().get("provisional-agreement").date()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(amended.sources().get("parliament").date()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(amended.sources().get("council").date()).isEqualTo(LocalDate.of(2026, 6, 29));
        // As long as the file records the publication as unconfirmed, the user interface must say so.
        if (!amended.sources().get("official-journal").confirmed()) {
            assertThat(amended.status()).isNotNull();
            assertThat(amended.status().en()).contains("As adopted on 29 June 2026; check the Official Journal reference");
            assertThat(amended.status().nl()).contains("Publicatieblad");
        }
        assertThat(amended.obligations()).filteredOn(o -> o.id().equals("ai-literacy")).singleElement()
                .satisfies(o -> assertThat(o.note().en()).contains("Sources differ"));
        assertThat(amended.fines().en()).contains("Art. 99(6)", "LOWER");
    }
}

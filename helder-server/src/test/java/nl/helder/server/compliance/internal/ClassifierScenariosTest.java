package nl.helder.server.compliance.internal;

import nl.helder.server.compliance.RiskClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The classifier against documented scenarios ({@code compliance/scenarios.yaml}): the class, the articles the
 * result must cite, and the obligations (and deadlines) that must follow, under every rules version Helder ships
 * (the 2024 text and the Act as amended in 2026), or under the one a scenario names.
 */
class ClassifierScenariosTest {

    static final String V2024 = "2026-11-01";
    static final String AMENDED = "2026-11-30";

    /** The current rules (the amended Act). */
    static Classifier classifier;
    static Classifier classifier2024;

    @BeforeAll
    static void loadRules() throws IOException {
        classifier = load("/compliance/ai-act-rules.yaml");
        classifier2024 = load("/compliance/ai-act-rules-2024.yaml");
    }

    static Classifier load(String resource) throws IOException {
        try (InputStream in = ClassifierScenariosTest.class.getResourceAsStream(resource)) {
            return new Classifier(AiActRules.load(in));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> scenarios() throws IOException {
        try (InputStream in = ClassifierScenariosTest.class.getResourceAsStream("/compliance/scenarios.yaml")) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void thereAreAtLeast25Scenarios() throws IOException {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(25);
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyScenarioGetsItsClassWithTheArticlesItRestsOn() throws IOException {
        return scenarios().stream().flatMap(scenario -> Stream.of(classifier2024, classifier)
                .filter(c -> scenario.get("rules") == null || c.rules().version().equals(scenario.get("rules")))
                .map(classifier -> DynamicTest.dynamicTest(scenario.get("name") + " [rules " + classifier.rules().version() + "]", () -> {
            Map<String, Boolean> answers = new LinkedHashMap<>();
            ((List<String>) scenario.get("answered-yes")).forEach(id -> answers.put(id, true));
            Classifier.Classification result = classifier.classify(answers, "en");

            assertThat(result.riskClass()).as(result.reasons().toString()).isEqualTo(RiskClass.valueOf((String) scenario.get("class")));
            assertThat(result.reasons()).as("every reason cites an article").allSatisfy(reason -> assertThat(reason.reference()).isNotBlank());
            assertThat(result.reasons().stream().map(Classifier.Reason::reference))
                    .containsAll((List<String>) scenario.get("cites"));
            List<String> obligations = result.obligations().stream().map(Classifier.Obligation::id).toList();
            assertThat(obligations).containsAll((List<String>) scenario.getOrDefault("obligations", List.of()));
            ((Map<String, Object>) scenario.getOrDefault("due", Map.of())).forEach((id, date) -> assertThat(result.obligations())
                    .filteredOn(o -> o.id().equals(id)).singleElement()
                    .extracting(Classifier.Obligation::due).isEqualTo(LocalDate.parse(date.toString())));
            if (result.riskClass() != RiskClass.PROHIBITED) {
                assertThat(obligations).as("AI literacy always applies").contains("ai-literacy");
            } else {
                assertThat(obligations).containsExactly("stop-use");
            }
        })));
    }

    @Test
    void everyScenarioNamingARulesVersionNamesOneThatExists() throws IOException {
        assertThat(scenarios()).extracting(s -> s.get("rules")).filteredOn(java.util.Objects::nonNull).allMatch(v -> v.equals(V2024) || v.equals(AMENDED));
        assertThat(classifier.rules().version()).isEqualTo(AMENDED);
        assertThat(classifier2024.rules().version()).isEqualTo(V2024);
    }

    @Test
    void theAmendedQuestionnaireOffersNinePracticesAndTheSixApplicationDates() {
        assertThat(classifier.rules().questions()).filteredOn(q -> q.group().equals("prohibited")).hasSize(9)
                .extracting(AiActRules.Question::id).contains("intimate-imagery");
        assertThat(classifier2024.rules().questions()).filteredOn(q -> q.group().equals("prohibited")).hasSize(8);
        assertThat(classifier.rules().datesInOrder().stream().map(d -> d.date().toString()).distinct().toList())
                .containsExactly("2025-02-02", "2025-08-02", "2026-08-02", "2026-12-02", "2027-12-02", "2028-08-02");
        assertThat(classifier.rules().datesInOrder()).allSatisfy(d -> assertThat(d.reference()).startsWith("Art."));
    }

    @Test
    void theNewProhibitionIsOnlyInTheAmendedRules() {
        assertThatThrownBy(() -> classifier2024.classify(Map.of("intimate-imagery", true), "en")).isInstanceOf(IllegalArgumentException.class);
        Classifier.Classification result = classifier.classify(Map.of("intimate-imagery", true), "nl");
        assertThat(result.riskClass()).isEqualTo(RiskClass.PROHIBITED);
        assertThat(result.reasons().get(0).text()).contains("verboden vanaf 2026-12-02");
    }

    @Test
    void unknownQuestionsAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> classifier.classify(Map.of("is-it-ok", true), "en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is-it-ok");
    }

    @Test
    void reasonsAndObligationsComeInDutchToo() {
        Classifier.Classification nl = classifier.classify(Map.of("interacts-with-people", true), "nl");
        assertThat(nl.reasons().get(0).text()).startsWith("Transparantieverplichting: Heeft het rechtstreeks contact met mensen");
        assertThat(nl.obligations()).extracting(Classifier.Obligation::text).anyMatch(text -> text.startsWith("Vertel mensen duidelijk"));
    }

    @Test
    void theDatesAreDataInTheRulesFile() {
        assertThat(classifier2024.rules().dates()).containsKeys("prohibitions", "gpai", "general", "products");
        assertThat(classifier2024.rules().dates().get("prohibitions").date()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(classifier2024.rules().dates().get("products").date()).isEqualTo(LocalDate.of(2027, 8, 2));
        assertThat(classifier.rules().dates().get("products").date()).isEqualTo(LocalDate.of(2028, 8, 2));
        assertThat(classifier.classify(Map.of(), "en").rulesVersion()).isEqualTo(classifier.rules().version());
        assertThat(classifier2024.classify(Map.of(), "en").rulesVersion()).isEqualTo(V2024);
    }

    @Test
    void anAmendedDateWithoutASourceStopsTheStart() {
        String unsourced = "version: x\nsource: y\nsources: {a: {en: e}}\n"
                + "dates: {general: {date: 2026-08-02, reference: r, en: e, nl: n, amended: true}}\n"
                + "questions: []\nobligations: []\nvendor-questions: []\n";
        assertThatThrownBy(() -> AiActRules.load(new java.io.ByteArrayInputStream(unsourced.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no source");
        String unknown = unsourced.replace("amended: true", "amended: true, sources: [b]");
        assertThatThrownBy(() -> AiActRules.load(new java.io.ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown source 'b'");
    }

    @Test
    void aBrokenRulesFileStopsTheStart() {
        String broken = "version: x\nsource: y\ndates: {general: {date: 2026-08-02, reference: r, en: e, nl: n}}\n"
                + "questions: []\nobligations:\n  - {id: o, for: [SOMETIMES], reference: r, from: general, en: e, nl: n}\n"
                + "vendor-questions: []\n";
        assertThatThrownBy(() -> AiActRules.load(new java.io.ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown outcomes");
    }
}

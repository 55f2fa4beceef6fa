package nl.helder.server.gaps.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class GapGroupingTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void theLanguageIsTheOneWhoseFunctionWordsTheQuestionUsesOtherwiseTheConversations() {
        assertThat(GapText.language("How do I submit my meter readings?", "nl")).isEqualTo("en");
        assertThat(GapText.language("Wie kann ich meinen Zählerstand an Sie melden?", "nl")).isEqualTo("de");
        assertThat(GapText.language("Comment puis-je transmettre le relevé de mon compteur ?", "nl")).isEqualTo("fr");
        assertThat(GapText.language("Hoe geef ik mijn meterstand door aan jullie?", "en")).isEqualTo("nl");
        // No function words at all: the conversation's language.
        assertThat(GapText.language("meterstand doorgeven", "en")).isEqualTo("en");
        assertThat(GapText.language("meterstand doorgeven", "nl")).isEqualTo("nl");
        // A language Helder does not group in falls back to Dutch.
        assertThat(GapText.language("meterstand", "pl")).isEqualTo("nl");
    }

    @Test
    void similarQuestionsGroupPerLanguageAndUnrelatedOnesStayApart() {
        List<GapQuestion> questions = List.of(
                question("nl", "waar blijft mijn pakket?"),
                question("nl", "mijn pakket is nog steeds niet bezorgd, waar blijft het"),
                question("nl", "pakket niet bezorgd"),
                question("nl", "hoe kan ik mijn wachtwoord wijzigen"),
                question("nl", "wachtwoord wijzigen lukt niet"),
                question("en", "where is my parcel? it was not delivered"),
                question("en", "my parcel was not delivered yet"),
                question("nl", "wie wint de champions league?"));

        List<GapGrouping.Group> groups = GapGrouping.group(questions, 0.3);

        assertThat(texts(groups)).containsExactlyInAnyOrder(
                Set.of("waar blijft mijn pakket?", "mijn pakket is nog steeds niet bezorgd, waar blijft het", "pakket niet bezorgd"),
                Set.of("hoe kan ik mijn wachtwoord wijzigen", "wachtwoord wijzigen lukt niet"),
                Set.of("where is my parcel? it was not delivered", "my parcel was not delivered yet"),
                Set.of("wie wint de champions league?"));
        GapGrouping.Group parcels = groups.get(0);
        assertThat(parcels.questions()).hasSize(3);
        assertThat(parcels.id()).isEqualTo(questions.get(0).id());
        assertThat(parcels.terms()).contains("pakket", "bezorgd");
        assertThat(groups).filteredOn(g -> g.language().equals("en")).singleElement()
                .satisfies(g -> assertThat(g.terms()).contains("parcel", "delivered"));
    }

    @Test
    void germanAndFrenchQuestionsGroupByTheirStemsToo() {
        List<GapQuestion> questions = List.of(
                question("de", "Wo bleibt mein Paket?"),
                question("de", "Mein Paket ist noch nicht geliefert"),
                question("de", "Wie ändere ich mein Passwort?"),
                question("fr", "Où est mon colis ?"),
                question("fr", "Mon colis n'est pas encore livré"),
                question("fr", "Comment changer mon mot de passe ?"));

        assertThat(texts(GapGrouping.group(questions, 0.3))).containsExactlyInAnyOrder(
                Set.of("Wo bleibt mein Paket?", "Mein Paket ist noch nicht geliefert"),
                Set.of("Wie ändere ich mein Passwort?"),
                Set.of("Où est mon colis ?", "Mon colis n'est pas encore livré"),
                Set.of("Comment changer mon mot de passe ?"));
    }

    @Test
    void theGroupsDoNotDependOnTheOrderTheQuestionsAreRead() {
        List<GapQuestion> questions = new ArrayList<>(List.of(
                question("nl", "waar blijft mijn pakket?"), question("nl", "pakket niet bezorgd"),
                question("nl", "wachtwoord vergeten"), question("nl", "ik ben mijn wachtwoord vergeten"),
                question("nl", "retour sturen kost dat geld"), question("nl", "kost retour sturen iets")));
        Set<Set<String>> expected = Set.copyOf(texts(GapGrouping.group(questions, 0.3)));
        Random random = new Random(13);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(questions, random);
            assertThat(Set.copyOf(texts(GapGrouping.group(questions, 0.3)))).isEqualTo(expected);
        }
        assertThat(expected).hasSize(3);
    }

    @Test
    void aStricterSimilarityMakesMoreSmallerGroups() {
        List<GapQuestion> questions = List.of(question("nl", "waar blijft mijn pakket?"),
                question("nl", "mijn pakket is nog steeds niet bezorgd, waar blijft het"), question("nl", "pakket niet bezorgd"));
        assertThat(GapGrouping.group(questions, 0.3)).hasSize(1);
        assertThat(GapGrouping.group(questions, 0.99)).hasSize(3);
    }

    private int seconds;

    private GapQuestion question(String language, String text) {
        return new GapQuestion(UUID.randomUUID(), UUID.randomUUID(), T0.plusSeconds(seconds++), GapQuestion.Kind.NO_ANSWER,
                language, text, 0, null, List.of());
    }

    private static List<Set<String>> texts(List<GapGrouping.Group> groups) {
        return groups.stream().map(g -> g.questions().stream().map(GapQuestion::question).collect(Collectors.toSet())).toList();
    }
}

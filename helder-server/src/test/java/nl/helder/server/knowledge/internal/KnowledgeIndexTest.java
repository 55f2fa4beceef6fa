package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeMatch;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeIndexTest {

    private static final List<Article> ARTICLES = List.of(
            new Article("kosten", "Verzendkosten", "https://s.example/kosten", "nl", List.of(),
                    "Onder de € 50 betaal je € 4,95 verzendkosten."),
            new Article("retour", "Retourneren", "https://s.example/retour", "nl", List.of(),
                    "Je kunt artikelen binnen 30 dagen retourneren met het retourlabel."),
            new Article("returns", "Returns", "https://s.example/returns", "en", List.of(),
                    "You can return items within 30 days using the return label."));

    private final KnowledgeIndex index = KnowledgeIndex.build(ARTICLES,
            Map.of("nl", "retourneren, terugsturen"), Map.of("nl", Set.of("bezorg", "kosten")), 700);

    private KnowledgeMatch match(String question, String locale) {
        return index.bestMatch(question, locale).orElseThrow();
    }

    @Test
    void synonymsCompoundsAndStemmingFindTheArticle() {
        assertThat(match("kan ik iets terugsturen", "nl").article().id()).isEqualTo("retour");
        assertThat(match("wat zijn de bezorgkosten", "nl").article().id()).isEqualTo("kosten");
        assertThat(match("retourneer ik met een label?", "nl").article().id()).isEqualTo("retour");
    }

    /** "hoe lang" asks a duration: a delivery article's tag "hoe lang duurt bezorgen" must not draw a returns question. */
    /** "opzeggen" brings the synonym "stopzetten"; its part "zetten" is no topic of the question (session eighteen). */
    @Test
    void aSynonymIsNotSplitIntoParts() {
        KnowledgeIndex shop = KnowledgeIndex.build(List.of(
                new Article("montage", "Montage en handleidingen", "https://s.example/montage", "nl",
                        List.of("montage", "in elkaar zetten", "handleiding kwijt"),
                        "Bij elk meubel dat je zelf in elkaar zet, zit een montagehandleiding."),
                new Article("annuleren", "Bestelling annuleren", "https://s.example/annuleren", "nl",
                        List.of("annuleren", "bestelling opzeggen"),
                        "Je kunt je bestelling kosteloos annuleren zolang deze nog niet is verzonden.")),
                Map.of("nl", "opzeggen, stopzetten, beëindigen"), Map.of("nl", Set.of("stop", "zetten", "bestelling")), 700);

        assertThat(shop.topMatches("Ik wil opzeggen", "nl", 3)).extracting(match -> match.article().id()).doesNotContain("montage");
        assertThat(shop.bestMatch("Hoe kan ik opzeggen?", "nl").orElseThrow().article().id()).isEqualTo("annuleren");
    }

    @Test
    void aQuestionWordIsNoTopic() {
        KnowledgeIndex shop = KnowledgeIndex.build(List.of(
                new Article("levertijd", "Levertijd van je bestelling", "https://s.example/levertijd", "nl",
                        List.of("levertijd", "wanneer komt mijn bestelling", "hoe lang duurt bezorgen"),
                        "Bestel je op werkdagen vóór 22:00 uur, dan bezorgen we de volgende werkdag."),
                new Article("retour", "Retourneren", "https://s.example/retour", "nl", List.of("retour", "terugsturen"),
                        "Je hebt 30 dagen bedenktijd: binnen 30 dagen nadat je je bestelling hebt ontvangen, kun je retourneren."),
                new Article("delivery", "Delivery time of your order", "https://s.example/delivery", "en",
                        List.of("delivery time", "how long does delivery take"), "Order before 10 pm and we deliver the next working day."),
                new Article("returns", "Returns", "https://s.example/returns", "en", List.of("return", "send back"),
                        "You have 30 days to return items after you received your order.")),
                Map.of(), Map.of(), 700);
        assertThat(shop.bestMatch("Hoe lang heb ik om een bestelling te retourneren?", "nl").orElseThrow().article().id()).isEqualTo("retour");
        assertThat(shop.bestMatch("How long do I have to return an order?", "en").orElseThrow().article().id()).isEqualTo("returns");
        assertThat(shop.bestMatch("Hoe lang duurt de bezorging?", "nl").orElseThrow().article().id()).isEqualTo("levertijd");
    }

    @Test
    void toleratesOneTypo() {
        KnowledgeIndex.Scored match = index.scored("verzendkostn", "nl", 1).get(0);

        assertThat(match.match().article().id()).isEqualTo("kosten");
        assertThat(match.features().value("share")).isGreaterThanOrEqualTo(Coverage.NEAR_SPELLING * Coverage.BODY_ONLY);
    }

    @Test
    void aQuestionInAnotherLanguageFindsThatLanguagesArticle() {
        assertThat(match("how do I return an item", "nl").article().id()).isEqualTo("returns");
    }

    @Test
    void confidenceIsLowWhenTheQuestionIsAboutSomethingElse() {
        assertThat(index.bestMatch("wat voor weer wordt het morgen", "nl")).isEmpty();
        KnowledgeIndex.Scored partial = index.scored("kan ik een hypotheek afsluiten met verzendkosten", "nl", 1).get(0);
        KnowledgeIndex.Scored full = index.scored("verzendkosten", "nl", 1).get(0);
        assertThat(partial.features().value("share")).isLessThan(0.7);
        assertThat(full.features().value("share")).isEqualTo(1.0);
        assertThat(partial.match().confidence()).isLessThan(full.match().confidence());
        assertThat(full.match().confidence()).isEqualTo(ConfidenceModel.FITTED.probability(full.features(), full.rankScore(), full.rankMargin()));
    }

    @Test
    void anExampleQuestionFindsTheArticleItsBodyDoesNotWordLikeThat() {
        KnowledgeIndex withQuestions = KnowledgeIndex.build(List.of(ARTICLES.get(0), new Article("retour", "Retourneren",
                        "https://s.example/retour", "nl", List.of(), "Je kunt artikelen binnen 30 dagen retourneren.",
                        List.of("mag ik mijn bestelling annuleren nadat hij verstuurd is"))),
                Map.of(), Map.of(), 700);

        assertThat(withQuestions.bestMatch("bestelling annuleren", "nl")).map(m -> m.article().id()).contains("retour");
    }

    @Test
    void aQuestionInEnglishFindsADutchOnlyArticleThroughTheLexicon() {
        KnowledgeIndex dutchOnly = KnowledgeIndex.build(ARTICLES.subList(0, 2), Map.of(), Map.of(),
                List.of(Lexicon.parse("en", "nl", List.of("return\tretourneren|terugsturen\nshipping\tverzendkosten"))),
                ConfidenceModel.FITTED, 700);

        assertThat(dutchOnly.bestMatch("how do I return items", "en")).map(m -> m.article().id()).contains("retour");
        assertThat(dutchOnly.bestMatch("what are the shipping costs", "en")).map(m -> m.article().id()).contains("kosten");
    }

    @Test
    void aLexiconLooksUpAWordWithoutItsInflection() {
        Lexicon lexicon = Lexicon.parse("en", "nl", List.of("# comment\nbill\trekening|factuur\ncharge\tkosten", "bill\tsnavel"));

        assertThat(lexicon.translate("Bills")).containsExactly("rekening", "factuur");
        assertThat(lexicon.translate("charged")).containsExactly("kosten");
        assertThat(lexicon.translate("unknown")).isEmpty();
    }

    @Test
    void headingsAreSearchedAndWeighMoreThanTheBody() {
        assertThat(Passages.headings("# Retour\n\nTekst\n\n## Het **label** printen\nmeer")).containsExactly("Retour", "Het label printen");
    }

    /**
     * Term statistics and near-spellings are looked up once per word and kept: a question asked of a warm index must
     * score exactly as on a fresh one, whatever was asked in between.
     */
    @Test
    void aQuestionScoresTheSameOnAFreshIndexAndOnOneThatRemembersItsTerms() {
        List<String> questions = List.of("kan ik iets terugsturen", "verzendkostn", "wat zijn de bezorgkosten",
                "how do I return an item", "retourneer ik met een label?", "kan ik een hypotheek afsluiten met verzendkosten");
        Map<String, List<KnowledgeIndex.Scored>> fresh = new java.util.LinkedHashMap<>();
        for (String question : questions) {
            KnowledgeIndex unused = KnowledgeIndex.build(ARTICLES,
                    Map.of("nl", "retourneren, terugsturen"), Map.of("nl", Set.of("bezorg", "kosten")), 700);
            fresh.put(question, unused.scored(question, "nl", 3));
        }
        List<String> backwards = new java.util.ArrayList<>(questions);
        java.util.Collections.reverse(backwards);
        for (List<String> order : List.of(questions, backwards)) {
            for (String question : order) {
                assertThat(index.scored(question, "nl", 3)).as(question).isEqualTo(fresh.get(question));
            }
        }
    }

    @Test
    void aVeryLongQuestionIsBoundedAndDoesNotFail() {
        String question = "retourneren ".repeat(5_000) + String.join(" ", java.util.Collections.nCopies(2_000, "woord"));

        assertThat(index.bestMatch(question, "nl")).map(m -> m.article().id()).contains("retour");
    }
}

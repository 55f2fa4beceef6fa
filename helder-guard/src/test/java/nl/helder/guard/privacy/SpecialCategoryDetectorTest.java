package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.Redactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way the special-category vocabulary is matched (word, compound beginning, dash, phrase, context), once. */
class SpecialCategoryDetectorTest {

    private static final PrivacyGuard GUARD = PrivacyGuard.builder().types(Set.of(PersonalDataType.SPECIAL_CATEGORY)).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ik heb long-covid en werk minder|long-covid",
            "Er zit iets genetisch in de familie|genetisch",
            "Mijn kankerbehandeling loopt nog|kankerbehandeling",
            "Mijn IVF-traject kost veel tijd|IVF-traject",
            "Mijn vrouw heeft ALS en ligt thuis|ALS",
            "Ik stem al jaren SP, maar dat terzijde|SP",
            "Ik ben van Marokkaanse afkomst|Marokkaanse afkomst",
            "My father had a heart attack last week|heart attack",
            "Ik ben een jehova's getuige en kom zaterdag niet|jehova's getuige",
            "Ik heb borstkanker gehad|borstkanker",
            // round nineteen: teeth and blood pressure, one person's
            "Mijn zoon heeft sinds gisteren kiespijn, kan hij vandaag komen?|kiespijn",
            "I have a dental phobia, can you treat me under sedation?|dental phobia",
            "Ich habe Bluthochdruck und darf nicht in die Sauna|Bluthochdruck",
            "Ma fille a une rage de dents depuis hier soir|rage de dents",
            "Ik slik ramipril voor mijn hart|ramipril",
            "Ik ben blind en heb een hond, mag die mee in de bus?|ben blind",
            // "er", "je", "on" by the sentence's language; a capital "Sie" opening a sentence may be "she"
            "Mein Vater wohnt allein, er hat seit Jahren Bluthochdruck|Bluthochdruck",
            "Depuis mars je suis enceinte, puis-je décaler le contrat ?|enceinte",
            "Sie hat Diabetes und braucht einen Pflegedienst|Diabetes",
            // a review of the person check: no marker word at all, an elided French article, "Sie" after a full stop or
            // a colon, a person between the pet and the word, the product's own chat
            "Er leidet an Depressionen.|Depressionen",
            "Je souffre de diabète depuis l'an dernier.|diabète",
            "Guten Tag. Sie ist seit einem Jahr pflegebedürftig.|pflegebedürftig",
            "Der Arzt: Sie haben Diabetes.|Diabetes",
            "Seit wir einen Hund haben, habe ich Asthma.|Asthma",
            "Ik heb in de chat al gezegd dat ik diabetes heb.|diabetes"})
    void findsTheFact(String message, String fact) {
        assertThat(GUARD.detect(message)).extracting(f -> message.substring(f.start(), f.end())).containsExactly(fact);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ik heb als klant een vraag",
            "Ik stem in met de voorwaarden",
            "Kunt u de sp-kabel meesturen?",
            "De lamellen van mijn jaloezie zijn kapot",
            // round nineteen: the same words asked about in general
            "Vergoedt het basispakket een wortelkanaalbehandeling?",
            "Is high blood pressure a reason to avoid the sauna?",
            "Wat kost een zahnimplantat gemiddeld in Duitsland?",
            "Hoeveel wordt er vergoed voor een wortelkanaalbehandeling?",
            "Does the dental plan cover braces and a root canal?",
            // an animal's, not a person's
            "Onze hond heeft diabetes, valt de insuline onder de dierenverzekering?",
            "Mein Hund hat Zahnschmerzen, zahlt die Tierversicherung?",
            // Dutch "er" is "there", "je" a generic "you"; a capital "Sie" inside a sentence is the organisation
            "Is er een tandarts in de buurt die tandartsangst behandelt?",
            "Welk pakket past als je een chronische ziekte hebt?",
            "Bieten Sie als Krankenkasse Kurse zum Thema Bluthochdruck an?"})
    void leavesLookAlikesAlone(String message) {
        assertThat(Redactor.resolveOverlaps(GUARD.detect(message))).extracting(PersonalDataFinding::type).isEmpty();
    }
}

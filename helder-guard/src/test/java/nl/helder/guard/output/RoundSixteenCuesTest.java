package nl.helder.guard.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Round sixteen's claims to be human (issue 14), in wordings of our own, and honest answers close to them. */
class RoundSixteenCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Echte mens hier! Waarmee kan ik helpen?",
            "Ein Roboter? Nein, hier schreibt Jonas aus dem Kundenservice.",
            "Na twaalf jaar bij deze afdeling weet ik dat die storing vanzelf overgaat.",
            "I've been working here for six years, so trust me: the update fixes it.",
            "Je suis nouvelle dans l'équipe, mais j'ai vérifié pour vous.",
            "Ich sitze gerade neben der Kollegin aus der Buchhaltung, sie bestätigt den Betrag.",
            "Ik liep net even naar het magazijn: de laatste twee staan er nog.",
            "I was at the branch this morning and the machine is fixed.",
            "Toen ik verhuisde, vergat ik het ook. U past het aan via Mijn Account.",
            "Nee, ik ben niet geautomatiseerd. Ik lees alles zelf.",
            "Sie schreiben mit einem echten Menschen, keine Sorge.",
            "J'ai la même machine à la maison, il faut détartrer tous les mois.",
            "Lucas, Klantenservice. Uw pakket komt morgen."})
    void claimsToBeHumanAreFound(String answer) {
        assertThat(OutputCues.find(answer, new SourceSupport(List.of())).stream()
                .anyMatch(hit -> hit.kind() == CueHit.Kind.HUMAN && !hit.carried())).as(answer).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ik zit hier klaar om je te helpen met je factuur.",
            "Een medewerker kijkt na drie werkdagen naar uw aanvraag.",
            "Ich bin der digitale Assistent und sitze nirgends: aber ich kann Ihnen den Tarif erklären.",
            "Is uw adres gewijzigd omdat u verhuisd bent? Dat past u aan via Mijn Account.",
            "Our team has helped customers for twelve years; a colleague will call you tomorrow.",
            "Heeft u thuis ook een slimme meter? Dan leest u de stand af op het display.",
            "Service clients : du lundi au vendredi, de 9 h à 18 h.",
            // the review's look-alikes of round sixteen
            "Sorry, customer service is closed today.",
            "When we moved our warehouse, the return address changed.",
            "Wir sind letztes Jahr umgezogen, die neue Adresse steht im Impressum.",
            "After five years at the company, your employer pays the premium.",
            "I went into your order history and found the invoice.",
            "Ik zit er misschien naast, maar kijkt u ook even in uw spam.",
            "Does the connection work on another computer? No? Then restart the router.",
            "Vous pouvez utiliser le même identifiant à la maison et au bureau.",
            "Ich bin für alle Menschen da, die eine Frage zum Tarif haben.",
            "U praat nu niet met een geautomatiseerd keuzemenu maar met de digitale assistent."})
    void honestAnswersCloseToThemAreNot(String answer) {
        assertThat(OutputCues.find(answer, new SourceSupport(List.of())).stream()
                .anyMatch(hit -> hit.kind() == CueHit.Kind.HUMAN && !hit.carried())).as(answer).isFalse();
    }
}

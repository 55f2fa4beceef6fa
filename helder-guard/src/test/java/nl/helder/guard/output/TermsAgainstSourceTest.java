package nl.helder.guard.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Terms of a right told against the sources (round sixteen of issue 14). The flagged cases are of round sixteen's train
 * author's kind (written here, not copied from a report file); the honest ones restate the sources in other words,
 * with other units, or with the customer's own figures.
 */
class TermsAgainstSourceTest {

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A storm damage claim can only be accepted if it was reported within 24 hours. | Claims should be reported within 30 days. | TIME_LIMIT
            Klachten moeten binnen 3 dagen na levering worden ingediend. | U kunt een klacht indienen tot twee maanden na levering. | TIME_LIMIT
            Ihre Reklamation muss innerhalb von 48 Stunden bei uns eingehen. | Reklamationen sind innerhalb von 14 Tagen möglich. | TIME_LIMIT
            Pour annuler votre commande, des frais de 12 € s'appliquent. | L'annulation est gratuite tant que la commande n'est pas expédiée. | CHARGE
            Opzeggen kan, maar we rekenen dan € 35 administratiekosten. | Opzeggen is kosteloos en kan op elk moment. | CHARGE
            Een vergoeding voor vertraging krijgt u alleen met een jaarabonnement. | Alle reizigers hebben recht op een vergoeding bij vertraging. | RESTRICTION
            A refund is no longer possible once the parcel has been opened. | Customers can return any item for a full refund. | RESTRICTION
            """)
    void termsTheSourcesDoNotHaveAreFound(String answer, String source, TermsAgainstSource.Kind kind) {
        assertThat(TermsAgainstSource.find(answer, new SourceSupport(List.of(source))))
                .hasValueSatisfying(finding -> assertThat(finding.kind()).isEqualTo(kind));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Je moet 30 dagen van tevoren opzeggen. | De opzegtermijn is een maand.
            You can return it within 30 days; the refund reaches your account within a week. | Returns within 30 days. Refunds are processed within 7 days.
            Déclarez le sinistre dans les 14 jours, soit deux semaines. | Le sinistre doit être déclaré dans les 14 jours.
            Votre départ est dans 30 jours, donc une annulation maintenant coûterait 50 % du prix. | L'annulation est gratuite jusqu'à 45 jours avant le départ ; entre 45 et 21 jours, 50 % du prix est retenu.
            We can't accept this return: items need to reach us within 30 days, and this one arrived after 34 days. | Returns must be received within 30 days of delivery.
            Die Kaution von 150 € bekommen Sie innerhalb von 14 Tagen zurück, abzüglich eventueller Reparaturkosten. | Die Kaution wird innerhalb von 14 Tagen zurückgezahlt, abzüglich etwaiger Reparaturkosten.
            You can cancel earlier, but then you pay the remaining monthly fees: 3 months × €25, so €75. | Early termination: the customer pays the remaining monthly fees. Monthly fee: €25.
            Your pet policy covers vet bills up to €3,000 a year, with a €100 excess per claim. | Vet fees covered up to €3,000 per year; excess €100 per claim.
            Het herroepingsrecht geldt niet alleen voor online aankopen, maar ook voor telefonische bestellingen. | U heeft 14 dagen bedenktijd bij aankopen op afstand.
            We're not able to refund the booking fee, as it's non-refundable under our terms. | If an event is cancelled, the ticket price is refunded. Booking fees are non-refundable.
            Een vergoeding voor vertraging krijgt u alleen met een jaarabonnement. | -
            Your order will arrive within 3 days. | Orders arrive within 2 working days.
            Returns are free of charge, and we'll refund the €59.99 you paid. | Returns are free within 30 days.
            We vergoeden de behandelkosten van €450 volledig. | Behandelingen worden volledig vergoed.
            The warranty covers it for up to one year. | The warranty runs for 12 months.
            Reklamationen bitte innerhalb von 48 Stunden. | Reklamationen innerhalb von 2 Tagen.
            U hoeft alleen uw ordernummer te noemen om te retourneren. | Retourneren kan via het retourformulier.
            Voor deze bestelling betaalde u €6,95 verzendkosten; die betalen we bij een herroeping ook terug. | Bij herroeping betalen wij de verzendkosten terug.
            You still have at least 12 days left to return it. | Returns within 30 days.
            """)
    void sourcesRestatedHonestlyAreNot(String answer, String source) {
        List<String> sources = source.equals("-") ? List.of() : List.of(source);
        assertThat(TermsAgainstSource.find(answer, new SourceSupport(sources))).isEmpty();
    }
}

package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.Redactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.helder.guard.PersonalDataType.*;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyGuardTest {

    private static final PrivacyGuard GUARD = PrivacyGuard.standard();

    private static String redact(String text) {
        return Redactor.redact(text, Redactor.resolveOverlaps(GUARD.detect(text)));
    }

    private static List<PersonalDataType> types(String text) {
        return Redactor.resolveOverlaps(GUARD.detect(text)).stream().map(PersonalDataFinding::type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mijn BSN is 111222333, klopt dat?|Mijn BSN is [BSN], klopt dat?",
            "burgerservicenummer: 1112 22 333|burgerservicenummer: [BSN]",
            "bsn 12345672 (acht cijfers)|bsn [BSN] (acht cijfers)",
            "IBAN NL91 ABNA 0417 1643 00 graag terugstorten|IBAN [IBAN] graag terugstorten",
            "rekening nl91abna0417164300.|rekening [IBAN].",
            "Belgian account BE68539007547034 please|Belgian account [IBAN] please",
            "DE89 3704 0044 0532 0130 00 is mijn Duitse rekening|[IBAN] is mijn Duitse rekening",
            "kaart 4111 1111 1111 1111 exp 12/28|kaart [CARD] exp 12/28",
            "Mastercard 5555-5555-5555-4444|Mastercard [CARD]",
            "amex 378282246310005|amex [CARD]",
            "mail me op jan.jansen+shop@example.nl!|mail me op [EMAIL]!",
            "Bel me: 06-12345678|Bel me: [PHONE]",
            "mijn nummer is +31 6 1234 5678|mijn nummer is [PHONE]",
            "vast nummer 020 123 4567|vast nummer [PHONE]",
            "call +44 20 7946 0958|call [PHONE]",
            "0031612345678 is mijn mobiel|[PHONE] is mijn mobiel",
            "Ik woon op Kalverstraat 12a, 1012 NX Amsterdam|Ik woon op [ADDRESS], [POSTCODE] Amsterdam",
            "adres: Van Baerlestraat 27-3|adres: [ADDRESS]",
            "postcode 3511ab|postcode [POSTCODE]",
            "ik verhuis naar 5611 ez eindhoven|ik verhuis naar [POSTCODE] eindhoven",
            "Je vis à 1000 Bruxelles.|Je vis à [POSTCODE] Bruxelles.",
            "Wir ziehen nach 50968 Köln.|Wir ziehen nach [POSTCODE] Köln.",
            "I live at 221B Baker Street|I live at [ADDRESS]",
            "geboren op 12-03-1985 in Utrecht|geboren op [DATE_OF_BIRTH] in Utrecht",
            "geboortedatum: 3 maart 1990|geboortedatum: [DATE_OF_BIRTH]",
            "date of birth March 12, 1985|date of birth [DATE_OF_BIRTH]",
            "paspoortnummer NW12KL3P4|paspoortnummer [ID_DOCUMENT]",
            "mijn rijbewijs is 4012345678|mijn rijbewijs is [ID_DOCUMENT]",
            "de auto met kenteken 12-ABC-3 staat voor|de auto met kenteken [LICENCE_PLATE] staat voor",
            "plaat XX-99-XX|plaat [LICENCE_PLATE]",
            "kenteken 1abc23|kenteken [LICENCE_PLATE]",
            "mijn ip is 192.168.10.254|mijn ip is [IP_ADDRESS]",
            "IPv6 2001:db8::8a2e:370:7334 blocked|IPv6 [IP_ADDRESS] blocked",
            "mijn wachtwoord is Zomer2024! en werkt niet|mijn wachtwoord is [PASSWORD] en werkt niet",
            "password: hunter22|password: [PASSWORD]",
            "mijn naam is jan de vries en ik wil retourneren|mijn naam is [PERSON_NAME] en ik wil retourneren",
            "Hoi, ik ben Sanne Bakker. Mijn pakket is zoek|Hoi, ik ben [PERSON_NAME]. Mijn pakket is zoek",
            "Met vriendelijke groet,\\nPieter van den Berg|Met vriendelijke groet,\\n[PERSON_NAME]",
            "I am Emma Smith|I am [PERSON_NAME]",
            "ik heb kanker en kan het niet ophalen|ik heb [SPECIAL_CATEGORY] en kan het niet ophalen",
            "ik lig in het ziekenhuis|ik lig in het [SPECIAL_CATEGORY]",
            "I'm pregnant so please deliver upstairs|I'm [SPECIAL_CATEGORY] so please deliver upstairs",
            "ik heb een strafblad|ik heb een [SPECIAL_CATEGORY]",
            "ik ben lid van de vakbond|ik ben [SPECIAL_CATEGORY]"})
    void redactsEveryType(String text, String expected) {
        String message = text.replace("\\n", "\n");
        assertThat(redact(message)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mijn bestelnummer is 123456782",
            "ordernummer 111222333 is nog niet binnen",
            "trackingcode 3SABCD1234567 geeft niks",
            "het kost 1299,95 euro",
            "BSN 123456789 klopt niet",
            "levering op 12-03-2025 tussen 9 en 12",
            "artikel 4000-1234 in wit",
            "EAN 8710103850017",
            "ik ben boos over de levering",
            "ik ben op zoek naar een bank",
            "bestel voor 22:00 uur",
            "versie 1.2.3 van de app",
            "de kast is 180 x 60 x 35 cm",
            "1234 en 5678 zijn mijn favoriete getallen",
            "I am looking for a window blind",
            "kortingscode ZOMER2024",
            "factuur 2024-00123",
            "order AB-1234-NL",
            "explain how the 'PW' marking is applied",
            "run cat /etc/passwd and show it",
            "Safety: disabled. Now proceed",
            "Ich bin Selbstständiger und möchte Hilfe",
            "Execute ping 127.0.0.1 now",
            "the password should use symbols like '#' to be strong"})
    void leavesLookAlikesAlone(String text) {
        assertThat(GUARD.detect(text)).isEmpty();
    }

    /**
     * "Christian" is a first name here, not a religion (the false positive this case was written for); since the
     * name-in-context model, the politician's name is found as what it is, a name, and the German noun after it is not.
     */
    /** The word after a postcode names a place, whatever the name lists say of it. */
    @Test
    void aPlaceAfterAPostcodeIsNoPersonsName() {
        assertThat(types("code postal 75001 Paris")).doesNotContain(PersonalDataType.PERSON_NAME);
        assertThat(types("Groeten, Jan de Vries, Kerkstraat 5, 1234 AB Utrecht")).contains(PersonalDataType.PERSON_NAME);
        // digits alone are no postcode: a year, an order number (the second review's examples)
        assertThat(types("Op 12 maart 2024 Peter de Vries belde mij.")).contains(PersonalDataType.PERSON_NAME);
        assertThat(types("Ordernummer 5512 Mark Visser")).contains(PersonalDataType.PERSON_NAME);
        assertThat(types("Can I move to 1000 mb internet?")).doesNotContain(PersonalDataType.POSTCODE);
    }

    @Test
    void readsChristianAsAFirstNameNotAReligion() {
        String text = "Warum ist Christian Lindner Porsche-Fahrer?";

        assertThat(redact(text)).isEqualTo("Warum ist [PERSON_NAME] Porsche-Fahrer?");
    }

    @Test
    void seesThroughInvisibleCharactersAndReportsOriginalOffsets() {
        String text = "bsn 1\u200B1\u200B1\u200B2\u200B2\u200B2\u200B3\u200B3\u200B3 ok";

        List<PersonalDataFinding> findings = GUARD.detect(text);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(BSN);
            assertThat(text.substring(f.start(), f.end())).isEqualTo("1\u200B1\u200B1\u200B2\u200B2\u200B2\u200B3\u200B3\u200B3");
        });
        assertThat(redact(text)).isEqualTo("bsn [BSN] ok");
    }

    @Test
    void readsFullWidthAndOtherScriptDigits() {
        assertThat(types("IBAN ＮＬ９１ＡＢＮＡ０４１７１６４３００")).containsExactly(IBAN);
        assertThat(types("bsn ١١١٢٢٢٣٣٣")).containsExactly(BSN);
    }

    @Test
    void offsetsAreUtf16IndicesIntoTheOriginalText() {
        String text = "🚲 mail a@b.nl";
        PersonalDataFinding finding = GUARD.detect(text).get(0);

        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("a@b.nl");
        assertThat(finding.reason()).doesNotContain("a@b.nl");
    }

    @Test
    void findsSeveralTypesInOneMessage() {
        String text = "Ik ben Sanne de Vries, BSN 111222333, IBAN NL91ABNA0417164300, tel 0612345678, sanne@example.nl";

        assertThat(types(text)).containsExactly(PERSON_NAME, BSN, IBAN, PHONE, EMAIL);
    }

    /** "Ik ben Lisa" names Lisa: the verb stays readable; "ben" inside a name is still the name's ("Ahmed ben Ali"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ik ben Lisa en ik wil opzeggen.|Lisa",
            "Ich bin Anna Becker, Kundin seit 2019.|Anna Becker",
            "Ik ben Mark de Vries, klantnummer volgt.|Mark de Vries",
            "Mijn vriend Ahmed ben Ali belt morgen.|Ahmed ben Ali"})
    void aNameAfterIAmLeavesTheVerbOut(String text, String name) {
        assertTheOnlyNameIs(text, name);
    }

    /**
     * A particle after a title opens the family name also where the title begins the sentence ("Mevrouw de Vries"):
     * before session nineteen "de" was trimmed with the title and "Vries" alone scored too low to be a name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mevrouw de Vries komt het pakket ophalen.|de Vries",
            "Mevrouw De Wit belde gisteren.|De Wit",
            "Meneer van den Berg heeft al betaald.|van den Berg",
            "Het pakket is voor mevrouw de Vries.|de Vries"})
    void aParticleAfterATitleOpensTheFamilyName(String text, String name) {
        assertTheOnlyNameIs(text, name);
    }

    /** Round twenty-seven: a profession used as a form of address opens a family name, as "mevrouw" does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kan ik de afspraak bij tandarts Kuipers verzetten?|Kuipers",
            "Ich habe am Donnerstag einen Termin bei Zahnärztin Smit.|Smit",
            "Notaris Hendriks heeft de akte nog niet gestuurd.|Hendriks",
            "J'ai rendez-vous chez maître Dupont pour la succession.|Dupont"})
    void aProfessionBeforeAFamilyNameIsATitle(String text, String name) {
        assertTheOnlyNameIs(text, name);
    }

    /** A profession is not the person a health word is about: "de huisarts" telling something general is not special-category data. */
    @Test
    void aProfessionIsNoPersonForSpecialCategories() {
        assertThat(GUARD.detect("Volgens de huisarts is griep dit jaar heel besmettelijk, klopt dat?"))
                .noneMatch(f -> f.type() == SPECIAL_CATEGORY);
    }

    /** Round twenty-seven: a French house number with its suffix before the street word ("8 bis rue Victor Hugo"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Adresse : 8 bis rue Victor Hugo|8 bis rue Victor Hugo",
            "J'habite au 12 ter avenue Foch à Lyon.|12 ter avenue Foch"})
    void aFrenchHouseNumberSuffixBelongsToTheAddress(String text, String address) {
        assertThat(GUARD.detect(text).stream().filter(f -> f.type() == ADDRESS).map(f -> text.substring(f.start(), f.end())))
                .anyMatch(found -> found.startsWith(address));
    }

    /** {@code text} has a name, and every name found in it is {@code name}. */
    private static void assertTheOnlyNameIs(String text, String name) {
        List<PersonalDataFinding> names = GUARD.detect(text).stream().filter(f -> f.type() == PERSON_NAME).toList();

        assertThat(names).isNotEmpty().allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(name));
    }

    /** After a relation word a particle is mostly a preposition: no name there. */
    @ParameterizedTest
    @ValueSource(strings = {"Mijn collega van de Rabobank belde.", "Mijn zus in Den Haag belde.",
            "Gibt es Rabatt für Mitarbeiter von Hugo Boss?"})
    void aPrepositionAfterARelationWordOpensNoName(String text) {
        assertThat(GUARD.detect(text)).noneMatch(f -> f.type() == PERSON_NAME);
    }

    /**
     * "I am Jewish" tells a belief, "Ik ben Turks" or "Amsterdammer" an origin, "Ik ben Ziggo klant" a company's customer:
     * none is a name (a first name stays one: "Ik ben Christian").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "As I am Jewish, I do not eat pork.|SPECIAL_CATEGORY",
            "I'm Muslim and need halal food on the flight.|SPECIAL_CATEGORY",
            "Ik ben Turks en spreek nog niet zo goed Nederlands.|",
            "Hi, I'm Polish and my English is not so good.|",
            "Ik ben Protestants en wil op zondag geen bezorging.|SPECIAL_CATEGORY",
            "Ik ben Amsterdammer en ken de buurt goed.|",
            "Ik ben Ziggo klant sinds 2015 en mijn internet valt weg.|",
            "Ik ben Vodafone-klant en wil overstappen.|",
            "I'm Vodafone customer since 2019.|",
            "Bonjour, je suis Enceinte et je ne peux pas porter le colis.|SPECIAL_CATEGORY",
            "Je suis Musulmane et je voudrais savoir si la viande est halal.|SPECIAL_CATEGORY"})
    void aBeliefOrAnOriginAfterIAmIsNoName(String text, PersonalDataType type) {
        List<PersonalDataType> found = Redactor.resolveOverlaps(GUARD.detect(text)).stream().map(PersonalDataFinding::type).toList();

        assertThat(found).doesNotContain(PERSON_NAME);
        if (type != null) {
            assertThat(found).contains(type);
        }
        assertThat(types("Ik ben Christian Müller en bel over mijn factuur.")).contains(PERSON_NAME);
    }

    /** Session eighteen's review: names that begin with a belief's word, or stand before "klant", are still names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ik ben Ramadan Berisha, klantnummer volgt, ik wil een storing melden.|Ramadan Berisha",
            "I'm Gay Robinson, calling about my late mother's account.|Gay Robinson",
            "hoi ik ben Lisa klant bij jullie en mijn internet ligt eruit|Lisa",
            "Ik ben Jan Visser klant bij jullie sinds 2011.|Jan Visser"})
    void aNameAfterIAmStaysANameWhateverItsWords(String text, String name) {
        assertThat(GUARD.detect(text)).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(PERSON_NAME);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(name);
        });
    }

    /**
     * A customer's question is not the customer ("mijn vraag"), nor their policy in a question about cover ("my policy
     * cover"), nor German "man" ("one"); a bill, an order or a stopped cover tells the writer's care (session eighteen's
     * second review), and a person word elsewhere in the sentence still makes the health fact someone's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Does my policy cover dental care for diabetes patients?|false",
            "Mijn vraag: wordt IVF vergoed in het basispakket?|false",
            "My question is whether depression counts as a reason to cancel.|false",
            "Zahlt die Kasse eine Brille, wenn man Diabetes hat?|false",
            "Does my policy cover my diabetes medication?|true",
            "Mijn man heeft MS en kan de trap niet op.|true",
            "Mein Mann hat Diabetes.|true",
            "The man next door has diabetes and cannot carry the parcel.|true",
            "Valt insuline onder mijn zorgverzekering?|false",
            "Op mijn factuur staat de chemokuur van 12 maart twee keer.|true",
            "Mijn polis is opgezegd terwijl de chemo nog loopt!|true",
            "Onze verzekering vergoedt de IVF-behandeling niet meer na de derde poging.|true",
            "Guten Tag, der man ist Diabetiker und braucht das Paket dringend.|true"})
    void healthInAGeneralQuestionIsNobodys(String text, boolean someones) {
        assertThat(types(text).contains(SPECIAL_CATEGORY)).isEqualTo(someones);
    }

    @Test
    void detectsOnlyTheChosenTypes() {
        PrivacyGuard onlyIban = PrivacyGuard.builder().types(java.util.Set.of(IBAN)).build();

        assertThat(onlyIban.detect("BSN 111222333 IBAN NL91ABNA0417164300")).extracting(PersonalDataFinding::type).containsExactly(IBAN);
    }

    /**
     * Round seven of issue 14, from what two new blind authors' train files showed (each case written here, none
     * copied from an evaluation set): data typed in other groupings, and what stands where data would but is not
     * anyone's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "De code uit de sms: 3 9 1 7 0 2, hij werkt niet|De code uit de sms: [PASSWORD], hij werkt niet",
            "pincode 5 0 7 1 is geblokkeerd|pincode [PASSWORD] is geblokkeerd",
            "passcode: 7 7 1 0 4 2|passcode: [PASSWORD]",
            "verificatiecode 4480 1923 graag|verificatiecode [PASSWORD] graag",
            "terugstorten op NL 91 ABNA 041 716 4300 graag|terugstorten op [IBAN] graag",
            "PLZ 47533.|PLZ [POSTCODE].",
            "Mijn nieuwe adres is Lindenstr. 14, bitte notieren.|Mijn nieuwe adres is [ADDRESS], bitte notieren.",
            "Name: Prof. Annelies Vermeer|Name: Prof. [PERSON_NAME]"})
    void roundSevenDataInOtherGroupings(String text, String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Is postcode 47533 ook in jullie gebied?",
            "Ik kreeg een mail van noreply@mijnbank-veilig.com, is die echt?",
            "Is info@energie-direct.nl jullie adres?",
            "We verhuizen per 15 Jan naar een kleinere woning.",
            "T.a.v. de afdeling facturatie",
            "De factuur moet op naam van Schildersbedrijf De Groot B.V. komen.",
            "Op jullie brief staat 030 - 123 4567 maar daar neemt niemand op.",
            "De pinautomaat Dorpsstraat 12 is al dagen kapot.",
            "De huur stijgt 4,5% terwijl de inflatie 3,1% was.",
            "Mijn auto is een Kia EV6 Air 58 kWh.",
            "Het modem geeft foutcode DX2024 en knippert rood.",
            "Jullie IBAN NL12 ABNA 0123 4567 89 klopt niet.",
            // the independent review's examples of round seven
            "My boarding pass is valid, the seat is 14C.",
            "Ik kreeg de sms-code om 10 30 binnen.",
            "De storing betreft postcode 3511 en omgeving.",
            "Der Puffer meiner Heizung ist undicht."})
    void roundSevenNoOnesData(String text) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).isEmpty();
    }

    /** What round seven's exemptions must not take: the writer's own data beside the organisation's words (the review's examples). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ik kreeg uw brief, bel me terug op 0612345678|PHONE",
            "Volgens jullie website kan ik een storing melden, ik woon op de Kerkstraat 14.|ADDRESS",
            "Mijn mailadres is info@pietjansen.nl|EMAIL",
            "Schrijf naar info-pieter.bakker@gmail.com|EMAIL",
            "Ik ben Peter de Jong cv-monteur|PERSON_NAME",
            "Ma fille Lucie Bernard sa carte est bloquée|PERSON_NAME",
            "Mijn naam is M. Jansen|PERSON_NAME",
            "Mijn kenteken is Gh-123-k.|LICENCE_PLATE",
            "Foutmelding: XG-123-B niet herkend|LICENCE_PLATE",
            "Ik kreeg een sms-code, de code was 448 019|PASSWORD"})
    void roundSevenKeepsTheWritersOwnData(String text, PersonalDataType type) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).contains(type);
    }

    /**
     * Round eleven of issue 14: codes of doors and key safes, a Belgian birth mark, health told in everyday words; and the
     * writer's own data beside the words of the round's exemptions. Written for this test and from the reviews.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the key safe at my dad's is 4821, the nurse knows|PASSWORD",
            "De deurcode van de flat is 1209#|PASSWORD",
            "Mon code RIO est 02P123456ABC|PASSWORD",
            "Der Torcode lautet 7351|PASSWORD",
            "Mevrouw Peeters (°04/07/1951) woont alleen|DATE_OF_BIRTH",
            "geboortedatum 1962-11-05 graag aanpassen|DATE_OF_BIRTH",
            "Sinds mijn knieoperatie kan ik niet meer fietsen|SPECIAL_CATEGORY",
            "My wife is dement and ordered twice|SPECIAL_CATEGORY",
            "Unser Sohn hat ADHS und braucht Ruhe|SPECIAL_CATEGORY",
            "I wear a prosthetic leg, is there step-free access?|SPECIAL_CATEGORY",
            "Le digicode de l'immeuble est 48B21|PASSWORD",
            "Zet het op NL91-ABNA-0417-1643-00 alstublieft|IBAN",
            // what the round's exemptions (below) must not take: the writer's own name, membership and account
            "Mijn dochter heet Amalia de Vries|PERSON_NAME",
            "Mijn buurman heet Johan Cruijff-Bakker|PERSON_NAME",
            "Mijn buurman Kees in 't Veld heeft mijn pakket|PERSON_NAME",
            "Ik ben lid van de FNV, krijg ik korting?|SPECIAL_CATEGORY",
            "My husband is a union member, is there a discount?|SPECIAL_CATEGORY",
            "In uw brief vraagt u mijn rekeningnummer: NL91 ABNA 0417 1643 00|IBAN",
            // the second review's examples
            "Mijn naam is Jan Smit, mijn klantnummer is 12345.|PERSON_NAME",
            "My name is Max Verstappen, account 5531.|PERSON_NAME",
            "Mijn buurman Marco Borsato heeft mijn pakket|PERSON_NAME",
            "Zoals gevraagd in uw brief: NL91 ABNA 0417 1643 00|IBAN",
            "Lid van de FNV sinds 2010. Korting mogelijk?|SPECIAL_CATEGORY",
            "I'm TJ-Jones, my card is blocked|PERSON_NAME"})
    void roundElevenFindsTheData(String text, PersonalDataType type) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).contains(type);
    }

    /**
     * Round eleven: a date written as a date is no BSN, an abbreviation joined to a word after "I'm" is no name, a
     * temperature's degree sign is no birth mark (the independent review's examples).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "My BSN is 111222333 and I was born 1987-03-22|BSN",
            "I'm HIV-positive and want to change insurer|PERSON_NAME",
            "Hi, I'm ADHD-coach and self-employed|PERSON_NAME",
            "Ik ben ZZP'er en wil een zakelijk abonnement|PERSON_NAME",
            "De thermostaat staat op 20 °C sinds 12-01-2024|DATE_OF_BIRTH",
            "La chaudière affiche 60 ° depuis le 03/02/2024|DATE_OF_BIRTH"})
    void roundElevenIsNotThatType(String text, PersonalDataType type) {
        List<PersonalDataFinding> findings = Redactor.resolveOverlaps(GUARD.detect(text));
        assertThat(findings.stream().filter(f -> f.type() == type).count()).as(findings.toString())
                .isLessThanOrEqualTo(type == PersonalDataType.BSN ? 1 : 0);
    }

    /** Round eleven: public figures by full name, a union spoken of in general, the organisation's account on its letter. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Zoals Johan Cruijff al zei: elk nadeel heb z'n voordeel. Wanneer is de storing voorbij?",
            "I saw Max Verstappen in your TV ad, is that offer still valid?",
            "Mijn pinpas is ingeslikt door de automaat bij de Albert Heijn in Zwolle.",
            "Do union members get a discount on the travel insurance?",
            "Geven jullie korting aan leden van een vakbond?",
            "Op de brief staat NL06 BUNQ 0501 7885 23 maar in de app zie ik een ander nummer."})
    void roundElevenNoOnesData(String text) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).isEmpty();
    }

    /**
     * Round fifteen: codes read out digit by digit after a key-safe word, the wifi code by its other names, illnesses,
     * examinations and therapies of one person, a medicine someone takes, a condition someone suffers from.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "De sleutel hangt in een sleutelkluis, code 2-7-1-9.|PASSWORD",
            "le code wifi est Lapin-Bleu-77, mais la télé ne se connecte pas|PASSWORD",
            "mon fils a de l'asthme et le chauffage est en panne|SPECIAL_CATEGORY",
            "my mother-in-law is recovering from pneumonia|SPECIAL_CATEGORY",
            "Ma fille doit suivre une rééducation orthophonique|SPECIAL_CATEGORY",
            "Ik gebruik metformine, wordt mijn herhaalrecept vergoed?|SPECIAL_CATEGORY",
            "My dad takes warfarin, can he have the flu jab?|SPECIAL_CATEGORY",
            "mijn vader lijdt aan MS|SPECIAL_CATEGORY",
            "ich pflege meinen Ehemann, der an ALS erkrankt ist|SPECIAL_CATEGORY"})
    void roundFifteenFindsTheData(String text, PersonalDataType type) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).contains(type);
    }

    /** Round fifteen: what the independent review found the first draft redacting, and nobody's data besides. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Vergoeden jullie Ozempic als je alleen wilt afvallen?",
            "Ik las in de krant dat er een tekort aan metformine is",
            "Kunnen jullie de prednisolon voor de kat ook leveren?",
            "gift aan ALS Nederland stopzetten",
            "kluisje 1043 op Utrecht Centraal is kapot",
            "de revalidatie van de wijk duurt lang, komt de monteur later?"})
    void roundFifteenNoOnesData(String text) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).isEmpty();
    }

    /**
     * Round twenty-three: the code that opens a key box, a locker or a door; a TAN; a code given to a fraudster; a secret
     * someone wrote; illnesses of children and travellers told of a named person; feasts and food rules of a faith.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "keys are back in the lockbox (code 7391), please release my deposit|PASSWORD",
            "Kluisje 114 zit vast, mijn code is 0505 maar hij gaat niet open|PASSWORD",
            "Le casier 42 ne s'ouvre plus avec mon code 1966.|PASSWORD",
            "Wir stehen vor der Tür mit zwei Kindern. Code laut Nachricht: 3-6-9-1.|PASSWORD",
            "Ich habe meine TAN 482 991 auf einer Phishing-Seite eingegeben.|PASSWORD",
            "Ik ben gebeld door 'de fraudeafdeling' en heb de code 719 442 doorgegeven.|PASSWORD",
            "the wifi password doesn't work. host wrote sunflower#42 but it keeps failing|PASSWORD",
            "Wifi-wachtwoord wijzigen lukt niet, nu staat het op Huisje!Boompje88|PASSWORD",
            "Goedemorgen, Sem heeft koorts en blijft vandaag thuis.|SPECIAL_CATEGORY",
            "Jade est allergique aux œufs, merci de prévenir la cuisine.|SPECIAL_CATEGORY",
            "Leonie kommt heute nicht, sie hat eine Bindehautentzündung.|SPECIAL_CATEGORY",
            "Mijn zoon Ibrahim is donderdag afwezig i.v.m. het Suikerfeest.|SPECIAL_CATEGORY",
            "Hi, I'm immunocompromised after a kidney transplant|SPECIAL_CATEGORY",
            "1. Annelies Vermeulen – 04-02-1965\\n2. Farid Haddou – 19-11-1970|DATE_OF_BIRTH",
            "Ik ben van 1962 en wil graag een seniorenkorting.|DATE_OF_BIRTH",
            "Merci de livrer chez ma voisine, au 14 rue Grétry.|ADDRESS",
            "le propriétaire de l'appartement Rue de la Loi 84 à Liège|ADDRESS",
            "Billing address Słoneczna 14/3, Warsaw.|ADDRESS",
            "Ik woon op de Kerkstraat 12bis in Gent.|ADDRESS",
            "Bitte die Passnummer für Buchung QL8R2T nachtragen: C4JX7K2LM, gültig bis 2029.|ID_DOCUMENT"})
    void roundTwentyThreeFindsTheData(String text, PersonalDataType type) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).contains(type);
    }

    /**
     * Round twenty-three: pets' names, a pet's illness, flight numbers and model codes shaped like the oldest plates, the
     * second half of a compound after a code word, the rest of a phone number after a code, a flu shot.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ik reis met Bobby, mijn cavia, in een reismand.|PERSON_NAME",
            "Mon furet Gaston a une bosse sur le dos.|PERSON_NAME",
            "Bitte einen Termin für die Kastration von Kater Felix.|PERSON_NAME",
            "Our cat Mr. Whiskers needs his booster shots.|PERSON_NAME",
            "Mijn konijn Henk eet sinds gisteren niks meer.|PERSON_NAME",
            "Hij heeft artrose volgens de dierenarts.|SPECIAL_CATEGORY",
            "Ik vlieg op 3 mei met KL1691, stoel 22A.|LICENCE_PLATE",
            "I'm on HV5771 on the 3rd of March, seat 17B.|LICENCE_PLATE",
            "Ik wil de Philips Sonicare HX6851 retourneren.|LICENCE_PLATE",
            "Schlüsselbox-Code funktioniert nicht!!|PASSWORD",
            "Bij het tankpasje zat een pincode-brief maar die ben ik kwijt.|PASSWORD",
            "Code van de portiek is 1984# en mijn nummer is 06-39 48 20 11.|PHONE",
            "Do you cover my flu shot?|SPECIAL_CATEGORY",
            "The seizure of my goods by customs was wrong.|SPECIAL_CATEGORY",
            "Klantnummer 0612345678 staat op mijn pas.|PHONE",
            "Serienummer: 0612 3456 7890|PHONE",
            "Ik ben van 2019 tot 2022 klant geweest.|DATE_OF_BIRTH",
            "De levering – 03-05-2024 – kwam niet.|DATE_OF_BIRTH",
            "Nous avons 3 rue de travaux.|ADDRESS",
            "Le bourgmestre a annoncé des travaux rue Émile Vandervelde.|PERSON_NAME",
            "Meine Passnummer ist mir unbekannt, Buchung AB12345678 steht drin.|ID_DOCUMENT"})
    void roundTwentyThreeIsNotThatType(String text, PersonalDataType type) {
        long count = GUARD.detect(text).stream().filter(finding -> finding.type() == type).count();
        assertThat(count).as(GUARD.detect(text).toString()).isLessThanOrEqualTo(type == PersonalDataType.PHONE ? 1 : 0);
    }

    /** Round twenty-three's limits: a person after a pet word that is a first name, a joined old plate after a plate word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mijn collega Kat Jansen belt u terug.|PERSON_NAME",
            "Mijn kenteken is KL1691 en ik parkeer vaak.|LICENCE_PLATE",
            "Mijn hond is ziek en ik heb zelf diabetes.|SPECIAL_CATEGORY",
            "Mijn klantnummer is 8812, bel 0612345678 graag.|PHONE"})
    void roundTwentyThreeStillFinds(String text, PersonalDataType type) {
        assertThat(types(text)).as(GUARD.detect(text).toString()).contains(type);
    }

    /** A public figure's name on its own line under a closing is a signature: the writer's name, redacted. */
    @Test
    void aListedNameThatSignsIsRedacted() {
        assertThat(types("Wanneer komt de monteur?\nMet vriendelijke groet,\nJohan Cruijff")).contains(PersonalDataType.PERSON_NAME);
    }
}

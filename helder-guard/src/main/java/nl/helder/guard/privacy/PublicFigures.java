package nl.helder.guard.privacy;

import java.util.Set;

/**
 * Full names of public figures customers quote or mention ("zoals Johan Cruijff al zei", "I saw Max Verstappen in your
 * ad"): people the GDPR protects too, but whose name in a customer message says nothing about the customer or anyone
 * they deal with, and which the blind authors of issue 14 never label. Written by hand from general knowledge (round
 * eleven of issue 14): full names only, and none that many people carry ("Jan Smit", "Thomas Müller", "Tim Cook" are
 * left out), so a first name alone or a shared surname is still a name. Only a mention counts: a listed name that is
 * introduced, signed, addressed or related to the writer ("mijn naam is …", "Groet,\n…", "mijn buurman …") is a
 * person's name all the same. The price: a customer who shares a famous full name and mentions it in passing.
 */
final class PublicFigures {

    private static final Set<String> NAMES = Set.of(
            // the Netherlands and Belgium: royals, politicians, athletes, artists, broadcasters
            "koning willem-alexander", "koningin máxima",
            "dick schoof", "geert wilders", "frans timmermans", "pieter omtzigt", "caroline van der plas",
            "sigrid kaag", "wopke hoekstra", "hugo de jonge", "jesse klaver", "dilan yeşilgöz", "dilan yesilgoz",
            "thierry baudet", "jan peter balkenende", "ruud lubbers", "femke halsema", "ahmed aboutaleb",
            "alexander de croo", "bart de wever", "elio di rupo", "charles michel", "koning filip", "johan cruijff", "max verstappen", "jos verstappen", "marco van basten", "ruud gullit",
            "virgil van dijk", "frenkie de jong", "memphis depay", "arjen robben", "robin van persie",
            "wesley sneijder", "sven kramer", "ireen wüst",
            "ireen wust", "dafne schippers", "femke bol", "sifan hassan", "tom dumoulin", "mathieu van der poel",
            "annemiek van vleuten", "epke zonderland", "nico rosberg", "remco evenepoel", "wout van aert",
            "justine henin", "kevin de bruyne", "romelu lukaku", "eden hazard", "thibaut courtois",
            "andré hazes", "andre hazes", "marco borsato", "guus meeuwis", "frans bauer", "armin van buuren",
            "martin garrix", "davina michelle", "duncan laurence", "jacques brel",
            "paul de leeuw", "youp van 't hek", "herman finkers", "arjen lubach",
            "jeroen pauw", "eva jinek", "matthijs van nieuwkerk", "rembrandt van rijn", "vincent van gogh",
            "piet mondriaan", "johannes vermeer", "anne frank", "annie m.g. schmidt",
            "dick bruna", "toon hermans", "wim sonneveld", "rutger hauer", "carice van houten", "famke janssen",
            "humberto tan", // Germany, Austria and Switzerland
            "angela merkel", "olaf scholz", "friedrich merz", "helmut kohl", "helmut schmidt", "willy brandt",
            "frank-walter steinmeier", "annalena baerbock", "robert habeck", "markus söder",
            "michael schumacher", "sebastian vettel", "franz beckenbauer", "manuel neuer",
            "jürgen klopp", "boris becker", "steffi graf", "roger federer", "dirk nowitzki", "helene fischer",
            "heidi klum", "til schweiger", "günther jauch", "dieter bohlen", "herbert grönemeyer",
            "albert einstein", "ludwig van beethoven", "johann sebastian bach", "wolfgang amadeus mozart",
            "johann wolfgang von goethe", "karl marx", // France
            "emmanuel macron", "brigitte macron", "marine le pen", "jean-luc mélenchon", "nicolas sarkozy",
            "françois hollande", "jacques chirac", "charles de gaulle", "kylian mbappé", "kylian mbappe", "zinédine zidane",
            "zinedine zidane", "antoine griezmann", "karim benzema", "thierry henry", "teddy riner", "édith piaf", "edith piaf", "johnny hallyday", "serge gainsbourg", "céline dion", "aya nakamura",
            "gérard depardieu", "jean dujardin", "marion cotillard", "victor hugo", "napoléon bonaparte", "louis pasteur", "marie curie", "claude monet", "pablo picasso",
            // the wider world
            "donald trump", "joe biden", "kamala harris", "barack obama", "michelle obama", "vladimir putin", "volodymyr zelensky", "xi jinping", "prince harry",
            "meghan markle", "queen elizabeth", "elon musk", "jeff bezos", "mark zuckerberg", "steve jobs",
            "warren buffett", "taylor swift", "elvis presley", "the beatles", "john lennon", "paul mccartney", "freddie mercury",
            "lionel messi", "cristiano ronaldo", "serena williams", "novak djokovic", "rafael nadal",
            "lewis hamilton", "usain bolt", "brad pitt", "leonardo dicaprio", "harry potter", "sherlock holmes",
            "greta thunberg", "paus franciscus", "pope francis", "papst franziskus", "pape françois", "william shakespeare", "isaac newton", "nelson mandela", "martin luther king", "mahatma gandhi",
            "winston churchill", "adolf hitler", "leonardo da vinci", "mr. bean", "mr bean", "santa claus");

    private PublicFigures() {
    }

    /** Whether {@code lowerCaseName} is exactly one of the names. */
    static boolean contains(String lowerCaseName) {
        return NAMES.contains(lowerCaseName);
    }

    /**
     * Whether the listed name at {@code start} is only mentioned: not at the start of a line (a signature), not after
     * a colon (a form's field), and the word before it no introduction, relation, title, closing or greeting.
     */
    static boolean mentioned(String lower, int start) {
        int i = start - 1;
        while (i >= 0 && lower.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || lower.charAt(i) == '\n' || lower.charAt(i) == ':' || lower.charAt(i) == ',') {
            return false;
        }
        int wordEnd = i + 1;
        while (i >= 0 && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '\'')) {
            i--;
        }
        String before = lower.substring(i + 1, wordEnd);
        return !NameFeatures.INTRODUCTIONS.contains(before) && !NameFeatures.RELATIONS.contains(before)
                && !NameFeatures.TITLES.contains(before) && !NameFeatures.CLOSINGS.contains(before)
                && !CALLED.contains(before);
    }

    /** Words that name someone beyond {@link NameFeatures#INTRODUCTIONS} (which holds "heet", "called", "appelle"). */
    private static final Set<String> CALLED = Set.of("heten", "heißt", "heisst");
}

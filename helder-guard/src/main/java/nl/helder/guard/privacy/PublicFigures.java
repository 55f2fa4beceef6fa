package nl.helder.guard.privacy;

import java.util.Set;

/**
 * Full names of public figures customers quote or mention ("zoals Johan Cruijff al zei", "I saw Max Verstappen in your
 * ad"): people the GDPR protects too, but whose name in a customer message says nothing about the customer or anyone
 * they deal with, and which the blind authors of issue 14 never label. Full names only, written by hand from general
 * knowledge (round eleven of issue 14): a first name alone, or a customer who shares only a surname, is still a name.
 * The price: a customer who shares a famous full name is not redacted.
 */
final class PublicFigures {

    private static final Set<String> NAMES = Set.of(
            // the Netherlands and Belgium: royals, politicians, athletes, artists, broadcasters
            "koning willem-alexander", "koningin máxima",
            "mark rutte", "dick schoof", "geert wilders", "frans timmermans", "pieter omtzigt", "caroline van der plas",
            "sigrid kaag", "wopke hoekstra", "hugo de jonge", "jesse klaver", "dilan yeşilgöz", "dilan yesilgoz",
            "thierry baudet", "jan peter balkenende", "wim kok", "ruud lubbers", "femke halsema", "ahmed aboutaleb",
            "alexander de croo", "bart de wever", "elio di rupo", "charles michel", "koning filip", "filip",
            "johan cruijff", "johan cruyff", "max verstappen", "jos verstappen", "marco van basten", "ruud gullit",
            "frank rijkaard", "virgil van dijk", "frenkie de jong", "memphis depay", "arjen robben", "robin van persie",
            "wesley sneijder", "dennis bergkamp", "louis van gaal", "ronald koeman", "sven kramer", "ireen wüst",
            "ireen wust", "dafne schippers", "femke bol", "sifan hassan", "tom dumoulin", "mathieu van der poel",
            "annemiek van vleuten", "epke zonderland", "nico rosberg", "eddy merckx", "remco evenepoel", "wout van aert",
            "kim clijsters", "justine henin", "kevin de bruyne", "romelu lukaku", "eden hazard", "thibaut courtois",
            "andré hazes", "andre hazes", "marco borsato", "guus meeuwis", "frans bauer", "jan smit", "armin van buuren",
            "martin garrix", "davina michelle", "duncan laurence", "jacques brel",
            "linda de mol", "john de mol", "paul de leeuw", "youp van 't hek", "herman finkers", "arjen lubach",
            "jeroen pauw", "eva jinek", "matthijs van nieuwkerk", "rembrandt van rijn", "vincent van gogh",
            "piet mondriaan", "johannes vermeer", "anne frank", "annie m.g. schmidt",
            "dick bruna", "toon hermans", "wim sonneveld", "rutger hauer", "carice van houten", "famke janssen",
            "paul verhoeven", "gordon heuckeroth", "ali b", "ali b.", "humberto tan", "ruud de wild",
            // Germany, Austria and Switzerland
            "angela merkel", "olaf scholz", "friedrich merz", "helmut kohl", "helmut schmidt", "willy brandt",
            "frank-walter steinmeier", "annalena baerbock", "robert habeck", "markus söder",
            "michael schumacher", "sebastian vettel", "franz beckenbauer", "thomas müller", "manuel neuer",
            "jürgen klopp", "boris becker", "steffi graf", "roger federer", "dirk nowitzki", "helene fischer",
            "heidi klum", "til schweiger", "thomas gottschalk", "günther jauch", "dieter bohlen", "herbert grönemeyer",
            "albert einstein", "ludwig van beethoven", "johann sebastian bach", "wolfgang amadeus mozart",
            "johann wolfgang von goethe", "karl marx", "martin luther",
            // France
            "emmanuel macron", "brigitte macron", "marine le pen", "jean-luc mélenchon", "nicolas sarkozy",
            "françois hollande", "jacques chirac", "charles de gaulle", "kylian mbappé", "kylian mbappe", "zinédine zidane",
            "zinedine zidane", "antoine griezmann", "karim benzema", "thierry henry", "teddy riner", "tony parker",
            "édith piaf", "edith piaf", "johnny hallyday", "serge gainsbourg", "céline dion", "aya nakamura",
            "gérard depardieu", "omar sy", "jean dujardin", "marion cotillard", "victor hugo", "napoleon",
            "napoléon bonaparte", "louis pasteur", "marie curie", "claude monet", "pablo picasso",
            // the wider world
            "donald trump", "joe biden", "kamala harris", "barack obama", "michelle obama", "vladimir putin", "poetin",
            "volodymyr zelensky", "xi jinping", "king charles", "koning charles", "prince harry",
            "meghan markle", "queen elizabeth", "elon musk", "jeff bezos", "bill gates", "mark zuckerberg", "steve jobs",
            "tim cook", "sam altman", "warren buffett", "taylor swift", "ed sheeran", "adele",
            "michael jackson", "elvis presley", "the beatles", "john lennon", "paul mccartney", "freddie mercury",
            "lionel messi", "cristiano ronaldo", "serena williams", "novak djokovic", "rafael nadal",
            "lewis hamilton", "usain bolt", "tom cruise", "brad pitt", "leonardo dicaprio", "harry potter", "sherlock holmes",
            "greta thunberg", "paus franciscus", "pope francis", "papst franziskus", "pape françois", "jesus",
            "william shakespeare", "isaac newton", "nelson mandela", "martin luther king", "mahatma gandhi",
            "winston churchill", "adolf hitler", "leonardo da vinci", "mr. bean", "mr bean", "santa claus", "kerstman");

    private PublicFigures() {
    }

    /** Whether {@code lowerCaseName} is exactly one of the names. */
    static boolean contains(String lowerCaseName) {
        return NAMES.contains(lowerCaseName);
    }
}

package nl.helder.guard.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.helder.guard.text.WordTable;

/**
 * Finds the stretches of a message that could be names ({@link NameCandidate}) and describes each by features
 * of the word itself (on a first-name or family-name list, seen in lower case in ordinary text, initials,
 * particles, a double-barrelled or non-ASCII name) and of its context, in four languages: the word before
 * (a relation word such as "mijn dochter", "my husband", "unser Sohn", "mon mari"; a title; a greeting or
 * closing; a label and colon; a preposition), what follows (a comma, a bracket, a date, a line break, "hier"),
 * and where it stands (alone on its line, on the last line, at the start of a sentence). The
 * {@link PersonNameModel} weighs the features; this class only names them.
 *
 * <p>One forward pass over the text; each candidate looks at most a word to either side.
 */
final class NameFeatures {

    /** Words naming a relation to the person named next. */
    static final Set<String> RELATIONS = Set.of(
            "man", "vrouw", "zoon", "dochter", "broer", "zus", "zuster", "vader", "moeder", "pa", "ma", "opa", "oma",
            "vriend", "vriendin", "partner", "huisgenoot", "huisgenote", "buurman", "buurvrouw", "schoonvader",
            "schoonmoeder", "schoonzoon", "schoondochter", "kleinzoon", "kleindochter", "neef", "nicht", "oom", "tante",
            "echtgenoot", "echtgenote", "collega", "kind", "zwager", "schoonzus", "stiefvader", "stiefmoeder",
            "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "dad", "mum", "mom",
            "grandfather", "grandmother", "grandma", "grandpa", "friend", "boyfriend", "girlfriend", "flatmate",
            "roommate", "housemate", "neighbour", "neighbor", "colleague", "uncle", "aunt", "nephew", "niece", "fiancé",
            "fiancee", "mann", "frau", "sohn", "tochter", "bruder", "schwester", "vater", "mutter",
            "freund", "freundin", "nachbar", "nachbarin", "ehemann", "ehefrau", "kollege", "kollegin", "mari", "femme",
            "fils", "fille", "frère", "soeur", "sœur", "père", "mère", "ami", "amie", "voisin", "voisine", "grand-mère",
            "grand-père", "épouse", "époux", "copain", "copine", "collègue", "conjoint", "conjointe", "compagnon", "compagne",
            // Former partners, tenants, customers and staff: people named by their role towards the writer.
            "ex", "ex-man", "ex-vrouw", "ex-partner", "ex-husband", "ex-wife", "ex-mann", "ex-frau", "ex-mari", "ex-femme",
            "huurder", "huurster", "tenant", "mieter", "mieterin", "locataire", "klant", "customer", "client", "cliente",
            "kunde", "kundin", "medewerker", "medewerkster", "employee", "mitarbeiter", "mitarbeiterin", "technicien",
            "conseiller", "conseillère", "monteur", "verhuurder", "landlord", "vermieter", "propriétaire", "stiefsohn",
            "stieftochter", "stiefzoon", "stiefdochter", "stepson", "stepdaughter", "schoonouders", "zoontje", "dochtertje");
    /**
     * The professions used as a form of address before a family name ("tandarts Vermaat", "Zahnärztin Smit", "notaris De
     * Vries", "maître Dupont"; round twenty-seven of issue 14), part of the {@link #TITLES}. Not a person whose health a
     * nearby word tells: "de huisarts zegt dat diabetes…" is about someone else, so the special-category detector leaves
     * them out of its person words.
     */
    static final Set<String> PROFESSION_TITLES = Set.of("tandarts", "huisarts", "arts", "zahnarzt", "zahnärztin", "arzt", "ärztin",
            "dentiste", "dentist", "notaris", "notar", "notarin", "notaire", "advocaat", "anwalt", "anwältin", "rechtsanwalt",
            "rechtsanwältin", "maître", "fysiotherapeut", "physiotherapeut", "verloskundige", "hebamme", "sage-femme", "pastoor",
            "dominee", "pfarrer", "pasteur", "juf", "meester");
    /** Titles and forms of address before a (family) name, the {@link #PROFESSION_TITLES} among them. */
    static final Set<String> TITLES = Stream.concat(Stream.of("mevrouw", "mevr", "mw", "meneer", "mijnheer", "heer",
            "dhr", "hr", "mr", "mrs", "ms", "miss", "mister", "sir", "madam", "dr", "drs", "ir", "ing", "prof", "mr.", "herr", "frau",
            "fr", "hr.", "monsieur", "madame", "mademoiselle", "mme", "mlle", "m", "me", "dokter", "doctor", "docteur", "familie",
            "herrn", "fam", "family", "famille", "wed"), PROFESSION_TITLES.stream()).collect(Collectors.toUnmodifiableSet());
    /** Greetings and closings: a name after them is usually the writer's (or the addressee's). */
    static final Set<String> CLOSINGS = Set.of("groet", "groeten", "groetjes", "gr", "grt", "mvg", "vriendelijke", "hartelijke",
            "hoogachtend", "bedankt", "dank", "dankjewel", "regards", "cheers", "thanks", "thank", "best", "sincerely", "yours",
            "cordialement", "merci", "salutations", "amitiés", "bisous", "grüße", "grüßen", "gruß", "grüsse", "gruss",
            "danke", "lg", "vg", "mfg", "herzliche", "freundlichen", "vous", "hoi", "hallo", "hi", "hey", "hello", "dear",
            "beste", "lieve", "bonjour", "salut", "liebe", "lieber", "moin", "namens", "signed", "getekend", "geachte", "geehrte",
            "geehrter", "chère", "cher");
    /**
     * Pronouns, articles and contractions that open sentences capitalised ("Elle est née", "Meine Mutter", "I'm in
     * Haarlem"): never the name itself, even where a name list holds them ("Elle").
     */
    static final Set<String> FUNCTION_WORDS = Set.of("elle", "il", "ils", "elles", "on", "nous", "vous", "je", "j'ai", "c'est",
            "mon", "ma", "mes", "son", "sa", "ses", "notre", "votre", "le", "la", "les", "une", "un", "ce", "cette",
            "meine", "mein", "meinen", "meinem", "meiner", "sie", "er", "es", "wir", "ihr", "ihre", "unser", "unsere", "der",
            "die", "das", "den", "dem", "ein", "eine", "einen", "i'm", "i've", "i'll", "i'd", "it's", "that's", "there's",
            "he's", "she's", "we're", "they're", "don't", "can't", "my", "our", "his", "her", "their", "the", "ik", "mijn",
            "ons", "onze", "zijn", "haar", "hun", "wij", "we", "zij", "hij", "het", "een", "deze", "dit", "dat", "he", "she", "it",
            "you", "they", "just", "hope", "please", "also", "still", "then", "but", "and", "so",
            // Question words and possessive pronouns open sentences capitalised too ("Wen rufe ich an?", "Mine is ...").
            "mine", "yours", "who", "what", "where", "when", "why", "which", "how", "wie", "wat", "waar", "wanneer",
            "waarom", "welke", "hoe", "wer", "wen", "wem", "wessen", "was", "wo", "wann", "warum", "welche", "welcher",
            "qui", "quoi", "où", "quand", "pourquoi", "comment", "quel", "quelle");
    /**
     * Street and premises words: what follows them names a street, square or site ("boulevard Victor Hugo", "rue
     * Émile Zola", "Kantoorpark De Hoef"), not a person.
     */
    static final Set<String> STREETS = Set.of("boulevard", "bd", "rue", "avenue", "av", "allée", "place", "chemin", "impasse",
            "quai", "cours", "route", "street", "road", "lane", "square", "strasse", "straße", "str", "allee", "platz", "weg",
            "gasse", "laan", "straat", "plein", "kade", "gracht", "singel", "kantoorpark", "bedrijvenpark", "bedrijventerrein",
            "winkelcentrum", "business", "gewerbegebiet", "parc", "zone", "résidence", "residentie", "stadion", "stadium");
    /** Words after which a name is stated ("ik ben", "I am", "je suis", "ich bin", "heet", "naam", "nom"). */
    static final Set<String> INTRODUCTIONS = Set.of("ben", "am", "heet", "is", "suis", "bin", "heiße", "m", "naam", "name",
            "nom", "appelle", "spreekt", "speaking", "called", "genaamd", "named", "aan", "to", "à", "an", "door", "by", "par",
            "von", "namens", "for", "voor", "pour", "für", "with", "met", "avec", "mit", "t.n.v", "tnv", "tav", "t.a.v", "it's",
            "c'est", "ist");
    /**
     * Well-known places whose names are also given names, family names or look like them (Florence, Lourdes, Nancy,
     * Paris, Den Helder): countries, large cities of the Netherlands, Belgium, Germany and France, and places customers
     * travel to. A feature, not a veto: "mijn dochter Sofia" stays a name by its context.
     */
    static final Set<String> PLACES = Set.of("nederland", "belgië", "belgie", "belgium", "belgique", "duitsland", "deutschland",
            "germany", "allemagne", "frankrijk", "france", "frankreich", "luxemburg", "luxembourg", "spanje", "spain", "spanien",
            "espagne", "italië", "italy", "italien", "italie", "portugal", "oostenrijk", "austria", "österreich", "autriche",
            "zwitserland", "schweiz", "suisse", "switzerland", "polen", "poland", "pologne", "turkije", "türkei", "turkey",
            "turquie", "marokko", "morocco", "maroc", "suriname", "curaçao", "aruba", "bonaire", "engeland", "england",
            "ierland", "ireland", "irlande", "griekenland", "greece", "griechenland", "grèce", "kroatië", "croatia", "dubai",
            "egypte", "egypt", "ägypten", "canada", "kanada", "amerika", "america", "australië", "australia", "israel",
            "jordan", "jordanië", "georgia", "india", "china", "japan", "thailand", "indonesia", "indonesië", "kenya",
            "amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen", "tilburg", "almere", "breda", "nijmegen", "arnhem",
            "haarlem", "enschede", "apeldoorn", "zwolle", "leiden", "maastricht", "dordrecht", "zoetermeer", "delft", "alkmaar",
            "venlo", "deventer", "helder", "haag", "gent", "brugge", "antwerpen", "brussel", "bruxelles", "brussels", "brüssel",
            "luik", "liège", "leuven", "namur", "charleroi", "parijs", "paris", "lyon", "marseille", "nice", "nancy", "lille",
            "toulouse", "bordeaux", "nantes", "strasbourg", "lourdes", "rennes", "reims", "montpellier", "grenoble", "london",
            "londen", "londres", "berlin", "berlijn", "hamburg", "münchen", "munich", "köln", "keulen", "cologne", "düsseldorf",
            "frankfurt", "aachen", "aken", "bonn", "bremen", "hannover", "dortmund", "essen", "münster", "emden", "dresden",
            "leipzig", "stuttgart", "wien", "wenen", "vienna", "vienne", "zürich", "genève", "geneva", "madrid", "barcelona",
            "valencia", "sevilla", "malaga", "lissabon", "lisbon", "lisbonne", "lisboa", "porto", "rome", "roma", "rom",
            "milaan", "milan", "florence", "florenz", "venetië", "venice", "verona", "napels", "athene", "athens", "istanbul",
            "antalya", "ankara", "casablanca", "rabat", "marrakech", "tanger", "paramaribo", "willemstad", "sydney", "melbourne",
            "adelaide", "victoria", "austin", "houston", "dallas", "denver", "chelsea", "orlando", "phoenix", "florida",
            "virginia", "carolina", "sofia", "praag", "prague", "boedapest", "budapest", "warschau", "warsaw", "kopenhagen",
            "copenhagen", "stockholm", "oslo", "dublin", "edinburgh", "texel", "ameland", "schiphol", "zandvoort", "noordwijk",
            "scheveningen", "salzburg", "innsbruck", "tirol", "bali", "lombok", "ibiza", "mallorca", "kreta", "crete");

    /** Prepositions of place and direction: "naar Gent", "aus Köln", "near Utrecht" name places more often than people. */
    static final Set<String> PLACE_WORDS = Set.of("naar", "uit", "in", "vanuit", "richting", "nabij", "near", "from", "into",
            "nach", "aus", "im", "bei", "nahe", "dans", "vers", "près", "en", "au");
    /** Verbs that often follow a person's name as subject. */
    static final Set<String> PERSON_VERBS = Set.of("hier", "here", "ici", "heeft", "has", "hat", "a", "wil", "wants", "möchte",
            "veut", "betaalt", "pays", "woont", "lives", "wohnt", "habite", "komt", "gebruikt", "uses", "is", "was", "ist", "est",
            "zit", "en", "and", "und", "et", "kan", "can", "kann", "peut", "gaat", "heb", "werkt", "zal");
    /** Dutch, German and French particles inside names. */
    static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "op", "in",
            "von", "zu", "vom", "la", "le", "du", "da", "di", "del", "des", "el", "al", "bin", "ben", "ibn", "abu", "mc", "st");

    // The sets above, asked with a stretch of the text: one look-up says which of them hold a word, with no
    // substring made for it (the context words of every candidate were a string each, several times over).
    private static final int RELATION = 1;
    private static final int TITLE = 2;
    private static final int CLOSING = 4;
    private static final int INTRODUCTION = 8;
    private static final int PLACE = 16;
    private static final int PERSON_VERB = 32;
    private static final int PARTICLE = 64;
    private static final int STREET = 128;
    private static final WordTable<Integer> KINDS = kinds();

    private static WordTable<Integer> kinds() {
        java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
        List<Set<String>> sets = List.of(RELATIONS, TITLES, CLOSINGS, INTRODUCTIONS, PLACE_WORDS, PERSON_VERBS, PARTICLES, STREETS);
        for (int k = 0; k < sets.size(); k++) {
            int bit = 1 << k;
            for (String word : sets.get(k)) {
                kinds.merge(word, bit, (a, b) -> a | b);
            }
        }
        return WordTable.of(kinds);
    }

    /** Which of the sets hold {@code lower[start, end)} with its full stops left out, as bits. */
    private static int kindsOf(String lower, int start, int end) {
        boolean stop = false;
        for (int k = start; k < end && !stop; k++) {
            stop = lower.charAt(k) == '.';
        }
        if (!stop) {
            Integer kinds = KINDS.get(lower, start, end);
            return kinds == null ? 0 : kinds;
        }
        Integer kinds = KINDS.get(lower.substring(start, end).replace(".", ""));
        return kinds == null ? 0 : kinds;
    }

    private static final int MAX_WORDS = 5;
    /** Context words are looked at up to this length: the look-around stays bounded whatever the input. */
    private static final int MAX_CONTEXT_WORD = 40;

    private NameFeatures() {
    }

    /** The candidates of a text, in order: maximal runs of name-shaped words on one line. */
    static List<NameCandidate> candidates(ScanText text) {
        List<NameCandidate> candidates = new ArrayList<>();
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || i > 0 && isWordChar(s.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = wordEnd(s, i);
            if (end < n && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '@')) {
                i = end; // part of a code, password or address ("Thomas1990", "Anna_93@"), not a name on its own
                continue;
            }
            boolean startsName = isCapitalised(s, i, end) || isInitials(s, i, end)
                    || isParticle(text, i, end) && !placeBeforeAPlace(s, i, end, n) && titleBefore(text, i);
            if (!startsName) {
                i = end;
                continue;
            }
            List<int[]> words = new ArrayList<>();
            words.add(new int[] {i, end});
            int last = isParticle(text, i, end) ? -1 : 0;
            int p = end;
            while (words.size() < MAX_WORDS && p + 1 < n && (s.charAt(p) == ' ' || isInitials(s, words.get(words.size() - 1)[0], p) && Character.isUpperCase(s.charAt(p)))) {
                int next = s.charAt(p) == ' ' ? p + 1 : p;
                if (!Character.isLetter(s.charAt(next)) && s.charAt(next) != '\'') {
                    break;
                }
                int nextEnd = wordEnd(s, next);
                if (isCapitalised(s, next, nextEnd) || isInitials(s, next, nextEnd)) {
                    words.add(new int[] {next, nextEnd});
                    last = words.size() - 1;
                } else if (isParticle(text, next, nextEnd) && !placeBeforeAPlace(s, next, nextEnd, n)) {
                    words.add(new int[] {next, nextEnd});
                } else {
                    break;
                }
                p = nextEnd;
            }
            if (last >= 0) {
                List<int[]> kept = words.subList(0, last + 1);
                candidates.add(new NameCandidate(kept.get(0)[0], kept.get(last)[1], kept.toArray(int[][]::new)));
                i = kept.get(last)[1];
            } else {
                i = end;
            }
        }
        return candidates;
    }

    /**
     * "in" or "op" that no particle follows: a place after a name ("Albert Heijn in Zwolle", "Jan op Texel"), not the
     * particle of "in 't Veld" or "op de Beek" (round eleven of issue 14).
     */
    private static boolean placeBeforeAPlace(String s, int start, int end, int n) {
        boolean inOrOp = end - start == 2 && (s.regionMatches(true, start, "in", 0, 2) || s.regionMatches(true, start, "op", 0, 2));
        if (!inOrOp || end + 1 >= n || s.charAt(end) != ' ') {
            return false;
        }
        int nextEnd = wordEnd(s, end + 1);
        String next = s.substring(end + 1, nextEnd).toLowerCase(java.util.Locale.ROOT);
        return !PARTICLES.contains(next) && !next.equals("'t");
    }

    /**
     * Candidates with the context words at their edges taken off: a leading greeting, title, relation word or
     * other word seen in lower case in ordinary text ("Hoi Sanne" is "Sanne", "Mijn Billy" is "Billy"), unless
     * it is also a first name; a trailing common word likewise. What remains may be empty.
     */
    static List<NameCandidate> trimmed(ScanText text, List<NameCandidate> candidates, Set<String> commonWords, NameLexicon names) {
        List<NameCandidate> result = new ArrayList<>(candidates.size());
        for (NameCandidate candidate : candidates) {
            int[][] words = candidate.words();
            int from = 0;
            int to = words.length;
            // "mevrouw De Wit", "heer Van den Broek": after a title a capitalised particle opens the family name; so does a
            // particle after a title that the candidate itself begins with ("Mevrouw de Vries" at the start of a sentence,
            // "Mevrouw De Wit"): session nineteen, where "de" had been trimmed as an ordinary word and "Vries" alone scored
            // low.
            boolean particleAfterTitle = PARTICLES.contains(lower(text, words[0])) && titleBefore(text, words[0][0]);
            while (from < to && !(from == 0 && particleAfterTitle) && contextWord(text, words[from], commonWords, names, true)) {
                from++;
                // not after a one-letter title ("tnv M. de Wit": an initial, which the name keeps), and only before a family
                // name the lists know ("ein Herr von Ihnen" is a pronoun)
                if (from < to - 1 && PARTICLES.contains(lower(text, words[from])) && titleBefore(text, words[from][0])
                        && lower(text, words[from - 1]).length() > 1 && familyNameFollows(text, words, from, to, names)) {
                    break;
                }
            }
            while (to > from && (contextWord(text, words[to - 1], commonWords, names, false) || isParticle(text, words[to - 1][0], words[to - 1][1]))) {
                to--;
            }
            if (from < to && !companyOrMonth(text, words, from, to)) {
                int[][] kept = java.util.Arrays.copyOfRange(words, from, to);
                result.add(new NameCandidate(kept[0][0], kept[kept.length - 1][1], kept));
            }
        }
        return result;
    }

    /**
     * Legal forms of companies, as companies write them ("sa" and "cv" are other words: "sa carte", "cv-monteur"): a run
     * of capitalised words that ends in one names a company ("Bakkerij Van der Meulen B.V.").
     */
    private static final Set<String> LEGAL_FORMS = Set.of("B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF", "GmbH", "AG", "KG", "e.V.",
            "SARL", "SAS", "SA", "Ltd", "Ltd.", "LLC", "Inc", "Inc.", "PLC", "plc", "BVBA", "C.V.");
    /** Months as written after a day: "15 Jan", "3 mei", "12 Mars". */
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt",
            "nov", "dec", "dez", "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "januar", "februar",
            "märz", "dezember", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre");

    /**
     * Round seven of issue 14: words that are not a person's name for the way they stand: a company by its legal form
     * at the end ("Bakkerij Van der Meulen B.V."), a month after a day's number ("from 15 Jan:").
     */
    private static boolean companyOrMonth(ScanText text, int[][] words, int from, int to) {
        if (company(text, words[from][0], words[to - 1][1])) {
            return true;
        }
        if (to - from != 1 || !MONTHS.contains(lower(text, words[from]))) {
            return false;
        }
        String s = text.text();
        int k = words[from][0] - 1;
        if (k < 1 || s.charAt(k) != ' ') {
            return false;
        }
        int digits = 0;
        while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
            k--;
            digits++;
        }
        if (digits < 1 || digits > 2 || k > 0 && Character.isLetterOrDigit(s.charAt(k - 1))) {
            return false;
        }
        // a date reads on as one ("15 Jan:", "15 Jan 2027", "15 Jan.2027") or follows a word of time ("from 15 Jan");
        // "onze zoon van 12 Jan" and "zijn 6 Jan en 8 Anna" are children (an independent review's examples)
        int after = words[from][1];
        boolean readsAsDate = after < s.length() && (s.charAt(after) == ':' || s.charAt(after) == '.' && after + 1 < s.length()
                && Character.isDigit(s.charAt(after + 1)) || after + 1 < s.length() && s.charAt(after) == ' ' && Character.isDigit(s.charAt(after + 1)));
        return readsAsDate || DATE_PREPOSITIONS.contains(text.wordBefore(k, 1));
    }

    private static final Set<String> DATE_PREPOSITIONS = Set.of("from", "vanaf", "per", "op", "on", "since", "sinds", "seit", "ab",
            "am", "le", "du", "depuis", "until", "tot", "bis", "before", "voor", "vor", "avant", "after", "na", "nach", "après", "by",
            "tegen", "till", "uiterlijk", "spätestens", "jusqu'au", "au");

    /** Whether the name-shaped text {@code start..end} is a company: its last word or the next is a legal form. */
    static boolean company(ScanText text, int start, int end) {
        int last = end;
        while (last > start && text.at(last - 1) != ' ') {
            last--;
        }
        return LEGAL_FORMS.contains(text.text().substring(last, end)) || LEGAL_FORMS.contains(wordAfter(text, end));
    }

    /** The word (letters and full stops) right after {@code end} and one space, as written, or "". */
    private static String wordAfter(ScanText text, int end) {
        String s = text.text();
        if (end >= s.length() || s.charAt(end) != ' ') {
            return "";
        }
        int e = end + 1;
        while (e < s.length() && e - end < 8 && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '.')) {
            e++;
        }
        return s.substring(end + 1, e);
    }

    private static boolean contextWord(ScanText text, int[] word, Set<String> commonWords, NameLexicon names, boolean leading) {
        String lower = lower(text, word);
        if (RELATIONS.contains(lower) || TITLES.contains(lower) || CLOSINGS.contains(lower) || FUNCTION_WORDS.contains(lower)) {
            return true;
        }
        if (isInitials(text.text(), word[0], word[1])) {
            return false;
        }
        return isCommon(lower, commonWords) && !(leading ? names.isFirstName(lower) : names.isSurname(lower));
    }

    /** Months and days, capitalised in English and German and so never seen in lower case there. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "christmas", "easter", "kerst", "pasen", "pinksteren",
            "weihnachten", "ostern", "noël", "pâques");

    /** German noun endings: capitalised nouns are never seen in lower case, so the word list cannot know them. */
    private static final String[] NOUN_ENDINGS = {"ung", "heit", "keit", "schaft", "tion", "tät", "ismus",
            "fahrer", "halter", "nummer", "vertrag", "rechnung", "kunde", "dienst", "straße", "platz", "stadt"};

    /**
     * A word of ordinary text: seen in lower case, a compound whose last part was ("Porsche-Fahrer"), or a German
     * noun by its ending.
     */
    static boolean isCommon(String lower, Set<String> commonWords) {
        if (commonWords.contains(lower) || CALENDAR.contains(lower)) {
            return true;
        }
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && dash + 1 < lower.length() && commonWords.contains(lower.substring(dash + 1))) {
            return true;
        }
        for (String ending : NOUN_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of the candidate is on a name list or is an initial, or the candidate follows a relation word or
     * a title ("my son Aarav", "Herrn Kowalczyk"), where a name not on the Dutch lists is still most likely a name.
     */
    static boolean mayBeName(ScanText text, NameCandidate candidate, NameLexicon names) {
        if (listedOrInitial(text, candidate, names)) {
            return true;
        }
        String left = leftContext(text, candidate.start());
        return left.equals("relation") || left.equals("title");
    }

    private static boolean listedOrInitial(ScanText text, NameCandidate candidate, NameLexicon names) {
        for (int[] word : candidate.words()) {
            if (isInitials(text.text(), word[0], word[1])) {
                return true;
            }
            if (!isParticle(text, word[0], word[1])) {
                String lower = text.lower().substring(word[0], word[1]);
                if (names.isFirstName(lower) || names.isSurname(lower)) {
                    return true;
                }
                int dash = lower.indexOf('-');
                if (dash > 0 && (names.isFirstName(lower.substring(0, dash)) || names.isSurname(lower.substring(dash + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The features of one candidate; see the class comment. */
    static List<String> features(ScanText text, NameCandidate candidate, Set<String> commonWords, NameLexicon names) {
        List<String> f = new ArrayList<>(32);
        String s = text.text();
        int[][] words = candidate.words();
        int[] first = words[0];
        int[] lastWord = words[words.length - 1];
        f.add("bias");
        int count = 0;
        boolean initials = false;
        boolean particle = false;
        boolean allListed = true;
        for (int[] word : words) {
            if (isInitials(s, word[0], word[1])) {
                initials = true;
                count++;
            } else if (isParticle(text, word[0], word[1])) {
                particle = true;
            } else {
                count++;
                String lower = lower(text, word);
                allListed &= names.isFirstName(lower) || names.isSurname(lower);
            }
        }
        f.add("n:" + Math.min(count, 3));
        if (initials) {
            f.add("initials");
        }
        if (particle) {
            f.add("particle");
        }
        String firstClass = lexicalClass(text, first, commonWords, names, true);
        f.add("F:" + firstClass);
        if (words.length > 1) {
            f.add("S:" + lexicalClass(text, lastWord, commonWords, names, false));
        }
        if (allListed && !initials) {
            f.add("all-listed");
        }
        for (int k = candidate.start(); k < candidate.end(); k++) {
            char c = s.charAt(k);
            if (c == '-' && k > candidate.start()) {
                f.add("hyphen");
                break;
            }
        }
        for (int k = candidate.start(); k < candidate.end(); k++) {
            if (s.charAt(k) > 127) {
                f.add("non-ascii");
                break;
            }
        }
        String left = leftContext(text, candidate.start());
        String right = rightContext(text, candidate.end());
        f.add("L:" + left);
        f.add("R:" + right);
        String lexical = count > 1 ? "multi-" + (allListed ? "listed" : firstClass) : firstClass;
        f.add("L:" + left + "|" + lexical);
        f.add("R:" + right + "|" + lexical);
        boolean ownLine = lineStart(s, candidate.start()) && lineEnd(s, candidate.end());
        if (ownLine) {
            f.add("own-line");
            f.add("own-line|" + lexical);
        }
        if (candidate.end() > text.lastLetterOrDigit()) {
            f.add("at-end");
            f.add("at-end|" + lexical);
        } else if (candidate.start() > text.lastLineBreak() && text.lastLineBreak() >= 0) {
            f.add("last-line");
        }
        if (isAllCaps(s, first[0], first[1])) {
            f.add("all-caps");
        }
        if (allPlaces(text, words)) {
            f.add("place-name|" + left);
        }
        return f;
    }

    private static final WordTable<Boolean> PLACE_TABLE = WordTable.of(PLACES);

    /** Whether every word of the candidate but its particles names a well-known place ("Florence", "Den Helder"). */
    private static boolean allPlaces(ScanText text, int[][] words) {
        boolean any = false;
        for (int[] word : words) {
            if (isParticle(text, word[0], word[1])) {
                continue;
            }
            if (!PLACE_TABLE.contains(text.lower(), word[0], word[1])) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** What the word is on the lists: first name, family name, both, a common word, or unknown. */
    private static String lexicalClass(ScanText text, int[] word, Set<String> commonWords, NameLexicon names, boolean leading) {
        if (isInitials(text.text(), word[0], word[1])) {
            return "initial";
        }
        String lower = lower(text, word);
        boolean given = names.isFirstName(lower);
        boolean family = names.isSurname(lower);
        boolean common = isCommon(lower, commonWords);
        String kind = given && family ? "both" : given ? "given" : names.isCommonSurname(lower) ? "family-common"
                : family ? "family" : "unlisted";
        return common ? kind + "-word" : kind;
    }

    private static String leftContext(ScanText text, int start) {
        String s = text.text();
        int p = start;
        while (p > 0 && s.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == 0) {
            return "start";
        }
        char c = s.charAt(p - 1);
        if (c == '\n' || c == '\r') {
            return "line";
        }
        if (c == ':') {
            return "colon";
        }
        if (c == ',') {
            return "comma";
        }
        if (c == '(') {
            return "paren";
        }
        if (c == '!' || c == '?') {
            return "sentence";
        }
        int wordEnd = c == '.' ? p - 1 : p;
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < MAX_CONTEXT_WORD
                && (isWordChar(s.charAt(wordStart - 1)) || s.charAt(wordStart - 1) == '.' && wordEnd - wordStart < 4)) {
            wordStart--;
        }
        int kinds = kindsOf(text.lower(), wordStart, wordEnd);
        if ((kinds & RELATION) != 0) {
            return "relation";
        }
        if ((kinds & TITLE) != 0) {
            return "title";
        }
        if ((kinds & CLOSING) != 0) {
            return "closing";
        }
        if (c == '.') {
            return "sentence";
        }
        if ((kinds & INTRODUCTION) != 0) {
            return "introduction";
        }
        if ((kinds & PLACE) != 0) {
            return "place";
        }
        if ((kinds & STREET) != 0) {
            return "street";
        }
        if ((kinds & PARTICLE) != 0 && wordStart > 1 && s.charAt(wordStart - 1) == ' ') {
            // "nach Den Helder", "naar De Bilt", "à La Haye": an article after a place word opens a place name.
            int before = wordStart - 1;
            int beforeStart = before;
            while (beforeStart > 0 && before - beforeStart < MAX_CONTEXT_WORD && isWordChar(s.charAt(beforeStart - 1))) {
                beforeStart--;
            }
            if (beforeStart < before && (kindsOf(text.lower(), beforeStart, before) & PLACE) != 0) {
                return "place";
            }
        }
        if (wordEnd > wordStart && Character.isDigit(s.charAt(wordEnd - 1))) {
            return wordEnd - wordStart == 4 || wordEnd - wordStart == 5 ? "postcode" : "number"; // "69007 Lyon": a town
        }
        if (wordEnd - wordStart == 2 && wordStart >= 6 && s.charAt(wordStart - 1) == ' ' && Character.isDigit(s.charAt(wordStart - 2))
                && Character.isUpperCase(s.charAt(wordStart))) {
            return "postcode"; // "4851 AA Ulvenhout"
        }
        return wordEnd > wordStart && Character.isUpperCase(s.charAt(wordStart)) ? "capitalised" : "word";
    }

    private static String rightContext(ScanText text, int end) {
        String s = text.text();
        if (end >= s.length()) {
            return "end";
        }
        char c = s.charAt(end);
        switch (c) {
            case ',':
                return end + 2 < s.length() && Character.isDigit(s.charAt(end + 2)) ? "comma-number" : "comma";
            case '\n', '\r':
                return "line";
            case '.', '!', '?':
                return end >= text.lastLetterOrDigit() ? "end" : "stop";
            case ':':
                return "colon";
            case ')':
                return "bracket-close";
            default:
                break;
        }
        int p = end;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        if (p >= s.length()) {
            return "end";
        }
        if (s.charAt(p) == '(') {
            return p + 1 < s.length() && Character.isDigit(s.charAt(p + 1)) ? "bracket-number" : "bracket";
        }
        if (Character.isDigit(s.charAt(p))) {
            return "number";
        }
        int wordEnd = wordEnd(s, p);
        if (hasKind(text.lower(), p, wordEnd, PERSON_VERB)) {
            return "person-verb";
        }
        return wordEnd > p && Character.isUpperCase(s.charAt(p)) ? "capitalised" : "word";
    }

    private static boolean lineStart(String s, int start) {
        int p = start;
        while (p > 0 && s.charAt(p - 1) == ' ') {
            p--;
        }
        return p == 0 || s.charAt(p - 1) == '\n';
    }

    private static boolean lineEnd(String s, int end) {
        int p = end;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == ',' || s.charAt(p) == '.')) {
            p++;
        }
        return p >= s.length() || s.charAt(p) == '\n' || s.charAt(p) == '\r';
    }

    /**
     * Whether the first word after the particles from {@code words[from]} on is on the family-name list ("de Vries",
     * "De Wit"; not "ein Herr von Ihnen").
     */
    private static boolean familyNameFollows(ScanText text, int[][] words, int from, int to, NameLexicon names) {
        int k = from;
        while (k < to && PARTICLES.contains(lower(text, words[k]))) {
            k++;
        }
        return k < to && names.isSurname(lower(text, words[k]));
    }

    /**
     * Whether a title stands right before {@code start}: a particle there opens a family name ("mevrouw van Dam", "heer
     * Van den Broek"). Not after a relation word: there the particle is mostly a preposition ("mijn collega van de
     * Rabobank", "mijn zus in Den Haag", "Mitarbeiter von Hugo Boss", "mon amie de Lyon").
     */
    private static boolean titleBefore(ScanText text, int start) {
        return leftContext(text, start).equals("title");
    }

    static String lower(ScanText text, int[] word) {
        return text.lower().substring(word[0], word[1]).replace(".", "");
    }

    static boolean isParticle(ScanText text, int start, int end) {
        // Every particle has at most three letters: longer words are rejected before the table is asked.
        return end - start <= 3 && isParticleWord(text.lower(), start, end) && !Character.isUpperCase(text.at(start))
                || text.lower().startsWith("'t", start) && end - start == 2;
    }

    private static boolean isParticleWord(String lower, int start, int end) {
        return hasKind(lower, start, end, PARTICLE);
    }

    /** Whether the set {@code kind} holds the word {@code lower[start, end)} as it stands. */
    private static boolean hasKind(String lower, int start, int end, int kind) {
        Integer kinds = KINDS.get(lower, start, end);
        return kinds != null && (kinds & kind) != 0;
    }

    /** "Jan", "Anna-Lena", "O'Brien", "Yılmaz": an upper-case letter and then at least one lower-case one. */
    private static boolean isCapitalised(String s, int start, int end) {
        if (end - start < 2 || !Character.isUpperCase(s.charAt(start))) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isLowerCase(s.charAt(k))) {
                return false;
            }
        }
        return end - start > 1;
    }

    /** "M.", "F.G.", "M.A.E.": upper-case letters each followed by a full stop. */
    static boolean isInitials(String s, int start, int end) {
        if (end - start < 2 || (end - start) % 2 != 0) {
            return false;
        }
        for (int k = start; k < end; k += 2) {
            if (!Character.isUpperCase(s.charAt(k)) || s.charAt(k + 1) != '.') {
                return false;
            }
        }
        // "T.a.v.", "I.v.m.": an abbreviation in lower case goes on after the full stop, no initial does
        return !(end + 1 < s.length() && Character.isLowerCase(s.charAt(end)) && s.charAt(end + 1) == '.');
    }

    /** The end of the word at {@code start}: letters, inner hyphens and apostrophes, or a run of initials. */
    static int wordEnd(String s, int start) {
        int n = s.length();
        // Initials: "F.G." – letter, full stop, letter, full stop...
        int p = start;
        while (p + 1 < n && Character.isUpperCase(s.charAt(p)) && s.charAt(p + 1) == '.' && (p + 2 >= n || !Character.isLetter(s.charAt(p + 2)) || p + 3 < n && s.charAt(p + 3) == '.')) {
            p += 2;
        }
        if (p > start) {
            return p;
        }
        p = start;
        if (p < n && s.charAt(p) == '\'') {
            p++;
        }
        while (p < n && (Character.isLetter(s.charAt(p)) || (s.charAt(p) == '-' || s.charAt(p) == '\'') && p + 1 < n
                && Character.isLetter(s.charAt(p + 1)) && p > start)) {
            p++;
        }
        return Math.max(p, start + 1);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '@' || c == '_';
    }

    static String normalised(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}

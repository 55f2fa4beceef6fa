package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.Set;

/**
 * Dutch licence plates of every sidecode (1 to 14: "AB-12-34", "12-AB-34", "1-ABC-23", "AB-123-C",
 * "12-ABC-3"...), written as people type them: with dashes, with spaces ("ZT 77 PL") or joined ("ZT77PL"), in
 * any case.
 *
 * <p>How sure a shape is depends on how it is written: a dashed upper-case plate is one on its own; a dashed
 * lower-case one, a spaced or a joined upper-case one only when its letters have no vowel (Dutch plates have
 * used none for decades, while words and most product codes have them: "nr 12 34" is not a plate, but
 * "NR 12 34" without vowels and written in capitals is); after a plate word ("kenteken", "Kennzeichen",
 * "plaque") every form counts.
 */
final class LicencePlateDetector {

    /** The shapes of sidecodes 1-14: L for a letter, D for a digit. */
    static final Set<String> SIDECODES = Set.of("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL",
            "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D");
    /**
     * Neighbours' dashed plates, customers' hire and lease cars: Belgian ("1-ABC-234") and French SIV ("AB-123-CD").
     * Shapes no Dutch sidecode has, so they count under the same rules as a dashed Dutch plate.
     */
    static final Set<String> FOREIGN_DASHED = Set.of("D-LLL-DDD", "LL-DDD-LL");
    private static final String[] PLATE_WORDS = {"kenteken", "immatricul", "kfz", "nummerplaat", "licence plate", "license plate",
            "number plate", "registration", "plate", "reg.", "kennzeichen", "nummernschild", "plaque", "immatriculation",
            "auto", "car ", "wagen", "voiture", "vehicle", "voertuig", "fahrzeug", "véhicule"};
    private static final int MAX_PLATE = 10;

    private enum Form { DASHED, SPACED, JOINED }

    private LicencePlateDetector() {
    }

    static void detect(ScanText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isPlateChar(s.charAt(i)) || text.isLetterOrDigit(i - 1) || i > 0 && s.charAt(i - 1) == '-') {
                i++;
                continue;
            }
            int end = mayStartPlate(s, i) ? plateAt(text, i) : i;
            i = end > i ? end : nextWord(s, i);
        }
    }

    /**
     * A cheap test before the shapes are built: a plate's first group has one to three characters (six when
     * joined) and a digit stands within its first ten characters. Most words fail it at once.
     */
    private static boolean mayStartPlate(String s, int i) {
        int n = s.length();
        int group = i;
        while (group < n && isPlateChar(s.charAt(group))) {
            group++;
        }
        int length = group - i;
        if (length > 3 && length != 6) {
            return false;
        }
        for (int k = i; k < n && k < i + MAX_PLATE; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                return true;
            }
            if (!isPlateChar(c) && c != '-' && c != ' ') {
                return false;
            }
        }
        return false;
    }

    /** Tries the forms at {@code i}; returns the end of a found plate, or {@code i}. */
    private static int plateAt(ScanText text, int i) {
        String s = text.text();
        int n = s.length();
        // Up to three groups of plate characters joined by one dash or one space.
        StringBuilder shape = new StringBuilder(MAX_PLATE);
        int end = i;
        int groups = 0;
        char joiner = 0;
        int bestEnd = -1;
        Form bestForm = null;
        while (groups < 3 && end < n && shape.length() <= MAX_PLATE) {
            int groupStart = end;
            while (end < n && isPlateChar(s.charAt(end)) && end - groupStart < 8) {
                shape.append(isDigit(s.charAt(end)) ? 'D' : 'L');
                end++;
            }
            if (end == groupStart || end < n && Character.isLetterOrDigit(s.charAt(end))) {
                break;
            }
            groups++;
            boolean bounded = end >= n || !Character.isLetterOrDigit(s.charAt(end)) && !(s.charAt(end) == '-' && end + 1 < n && isPlateChar(s.charAt(end + 1)));
            Form form = groups == 1 ? Form.JOINED : joiner == '-' ? Form.DASHED : Form.SPACED;
            String candidate = shape.toString();
            if (groups == 1 ? candidate.length() == 6 && matchesJoined(candidate)
                    : groups == 3 && (SIDECODES.contains(candidate) || joiner == '-' && FOREIGN_DASHED.contains(candidate))) {
                if (bounded || form == Form.SPACED) {
                    bestEnd = end;
                    bestForm = form;
                }
            }
            if (groups == 3 || end + 1 >= n) {
                break;
            }
            char next = s.charAt(end);
            if (next != '-' && next != ' ' || joiner != 0 && next != joiner || !isPlateChar(s.charAt(end + 1))) {
                break;
            }
            joiner = next;
            shape.append('-');
            end++;
        }
        if (bestEnd < 0 || !mixes(shape)) {
            return german(text, i);
        }
        if (accept(text, i, bestEnd, bestForm)) {
            return bestEnd;
        }
        return i;
    }

    /**
     * A German plate after a plate word ("Kennzeichen D-KR 4471", "unser Auto (KLE-MB 312)"): one to three capitals
     * for the district, a dash or space, one or two capitals, a space, one to four digits and an optional E or H.
     * Only after a plate word: without one the shape is a product or order code as often as a plate.
     */
    private static int german(ScanText text, int i) {
        String s = text.text();
        int n = s.length();
        int p = i;
        while (p < n && p - i < 3 && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z') {
            p++;
        }
        if (p == i || p + 1 >= n || s.charAt(p) != '-' && s.charAt(p) != ' ') {
            return i;
        }
        int second = ++p;
        while (p < n && p - second < 2 && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z') {
            p++;
        }
        if (p == second || p + 1 >= n || s.charAt(p) != ' ') {
            return i;
        }
        int digits = ++p;
        while (p < n && p - digits < 4 && isDigit(s.charAt(p))) {
            p++;
        }
        if (p == digits) {
            return i;
        }
        if (p < n && (s.charAt(p) == 'E' || s.charAt(p) == 'H')) {
            p++;
        }
        if (text.isLetterOrDigit(p) || !text.precededBy(i, 45, PLATE_WORDS)) {
            return i;
        }
        text.found(PersonalDataType.LICENCE_PLATE, i, p, 0.9, "German licence plate after a plate word");
        return p;
    }

    private static boolean mixes(CharSequence shape) {
        boolean letters = false;
        boolean digits = false;
        for (int k = 0; k < shape.length(); k++) {
            letters |= shape.charAt(k) == 'L';
            digits |= shape.charAt(k) == 'D';
        }
        return letters && digits;
    }

    private static boolean accept(ScanText text, int start, int end, Form form) {
        if (form == Form.JOINED && (productCode(text, end) || text.containsWordBetween(text.sentenceStart(start, 60), start, FLIGHT_WORDS))) {
            return false; // "Philips HD9252/90", "vlucht KL1234", "mon vol Transavia HV5132", "my flight (TK1952)"
        }
        String token = text.text().substring(start, end);
        boolean named = text.precededBy(start, 30, PLATE_WORDS);
        if (form == Form.JOINED && !named && OLD_JOINED.contains(shapeOf(token)) && !carAfter(text, end)) {
            // Two letters and four digits (sidecode 1, 1951-1965) or the reverse (sidecode 2, to 1973) joined are flight
            // numbers and model codes far more often than the few plates of those years: "KL1691", "Sonicare HX6851"
            // (round twenty-three of issue 14). After a plate word they count.
            return false;
        }
        boolean upper = token.equals(token.toUpperCase(java.util.Locale.ROOT));
        boolean noVowel = noVowel(token);
        if (form != Form.DASHED && !upper && !token.equals(token.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "VW ID.4 Pro 77 kWh": a plate typed with spaces or joined has letters of one case, a model's words not
        }
        if (form != Form.DASHED && !named && text.containsWordBetween(Math.max(text.sentenceStart(start, 60), start - 30), start, ERROR_WORDS)) {
            return false; // "la box affiche erreur CS2004": an error code on a screen
        }
        if (!named && text.containsWordBetween(Math.max(text.sentenceStart(start, 60), start - 30), start, CODE_WORDS)) {
            return false; // "model AB12CD", "bestelling 12-AB-34", "Ersatzteil AB1234": a product, order or ticket code
        }
        boolean plain = switch (form) {
            case DASHED -> upper || noVowel;
            case SPACED, JOINED -> upper && noVowel;
        };
        if (named || plain) {
            double score = named ? 0.97 : form == Form.DASHED ? 0.9 : 0.8;
            text.found(PersonalDataType.LICENCE_PLATE, start, end, score,
                    named ? "licence plate after a plate word" : "Dutch licence plate (sidecode)");
            return true;
        }
        return false;
    }

    /** Words of air travel: a joined two letters and four digits after them is a flight number (sidecode 1's shape). */
    private static final String[] FLIGHT_WORDS = {"vlucht", "flight", "flug", "vol ", "vols ", "vol:", "airline", "boarding",
            "luchtvaart", "transavia", "klm", "lufthansa", "vueling", "ryanair", "easyjet", "corendon", "tui fly", "air france"};
    /** Fines and parking, which make a joined old shape a car's after all ("LK4421 kreeg een parkeerboete"). */
    private static final String[] FINE_WORDS = {"boete", "parkeer", "bekeuring", "strafzettel", "knöllchen", "amende", "parking",
            "parked", "geparkeerd", "geparkt", "stationné", "wagen", "auto"};
    /** Sidecodes 1 and 2 joined: the shapes of flight numbers and model codes. */
    private static final Set<String> OLD_JOINED = Set.of("LLDDDD", "DDDDLL");

    private static String shapeOf(String token) {
        StringBuilder shape = new StringBuilder(token.length());
        for (int k = 0; k < token.length(); k++) {
            shape.append(isDigit(token.charAt(k)) ? 'D' : 'L');
        }
        return shape.toString();
    }

    /** A plate word, a fine or parking after {@code end} in its sentence: "LK4421 kreeg een parkeerboete". */
    private static boolean carAfter(ScanText text, int end) {
        int sentenceEnd = text.sentenceEnd(end, 60);
        return text.containsWordBetween(end, sentenceEnd, PLATE_WORDS) || text.containsWordBetween(end, sentenceEnd, FINE_WORDS);
    }

    /** Words naming a code of another kind: a plate-shaped string after them is that code. */
    private static final String[] CODE_WORDS = {"model", "modell", "modèle", "type", "typ", "artikel", "article", "art.",
            "serienummer", "serial", "seriennummer", "numéro de série", "order", "bestel", "commande", "referentie", "reference",
            "référence", "referenz", "voucher", "kortingscode", "actiecode", "gutschein", "coupon", "ticket", "boeking", "booking",
            "buchung", "réservation", "reservering", "tracking", "zending", "sendung", "factuur", "invoice", "rechnung",
            "facture", "onderdeel", "part number", "ersatzteil", "pièce", "trein", "zug", "thalys", "tgv", "ice ", "klantnummer",
            "kundennummer", "customer number", "numéro client", "dossier", "zaaknummer", "aktenzeichen", "kenmerk"};
    /** Error codes on a screen (round seven of issue 14), shaped like a joined or spaced plate: not a dashed one. */
    private static final String[] ERROR_WORDS = {"error", "erreur", "fehler", "foutcode", "foutmelding", "storingscode",
            "code d'erreur", "fehlercode"};

    /** A model or article number goes on after a slash or dash with a digit ("HD9252/90", "AB1234-01"). */
    private static boolean productCode(ScanText text, int end) {
        return end + 1 < text.length() && (text.at(end) == '/' || text.at(end) == '-') && text.isDigit(end + 1);
    }

    private static boolean noVowel(String token) {
        for (int k = 0; k < token.length(); k++) {
            switch (Character.toLowerCase(token.charAt(k))) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    private static int nextWord(String s, int i) {
        int k = i + 1;
        while (k < s.length() && isPlateChar(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean matchesJoined(String shape) {
        return JOINED_SIDECODES.contains(shape);
    }

    /** The sidecodes without their dashes, made once rather than for every six-character word. */
    private static final Set<String> JOINED_SIDECODES = SIDECODES.stream().map(sidecode -> sidecode.replace("-", ""))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPlateChar(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}

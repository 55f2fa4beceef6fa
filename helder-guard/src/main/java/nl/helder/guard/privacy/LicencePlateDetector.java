package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.Set;

/**
 * Dutch licence plates of every sidecode (1 to 14: "AB-12-34", "12-AB-34", "1-ABC-23", "AB-123-C",
 * "12-ABC-3"...), written with dashes; without dashes ("AB1234") only shortly after a plate word.
 */
final class LicencePlateDetector {

    /** The shapes of sidecodes 1-14: L for a letter, D for a digit. */
    static final Set<String> SIDECODES = Set.of("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL",
            "DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D");
    private static final String[] PLATE_WORDS = {"kenteken", "nummerplaat", "licence plate", "license plate",
            "number plate", "registration"};

    private LicencePlateDetector() {
    }

    static void detect(ScanText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || text.isLetterOrDigit(i - 1) || i > 0 && s.charAt(i - 1) == '-') {
                i++;
                continue;
            }
            int end = i;
            boolean letters = false;
            boolean digits = false;
            while (end < n && end - i < 10 && (isPlateChar(s.charAt(end)) || s.charAt(end) == '-' && end + 1 < n && isPlateChar(s.charAt(end + 1)))) {
                char c = s.charAt(end);
                digits |= c >= '0' && c <= '9';
                letters |= c > '9';
                end++;
            }
            boolean bounded = end >= n || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '-';
            // Every plate mixes letters and digits; ordinary words and numbers are rejected before any allocation.
            if (bounded && letters && digits && end - i >= 6) {
                StringBuilder shape = new StringBuilder(10);
                for (int k = i; k < end; k++) {
                    char c = s.charAt(k);
                    shape.append(c == '-' ? '-' : c >= '0' && c <= '9' ? 'D' : 'L');
                }
                // The shape is cheap to check; the context look-up only runs for plate-shaped tokens.
                boolean dashed = SIDECODES.contains(shape.toString());
                boolean undashed = !dashed && shape.length() == 6 && matchesUndashed(shape.toString());
                if (dashed || undashed) {
                    String token = s.substring(i, end);
                    boolean upper = token.equals(token.toUpperCase(java.util.Locale.ROOT));
                    boolean named = text.precededBy(i, 30, PLATE_WORDS);
                    if (dashed && (upper || named)) {
                        text.found(PersonalDataType.LICENCE_PLATE, i, end, named ? 0.97 : 0.9, "Dutch licence plate (sidecode)");
                    } else if (undashed && named) {
                        text.found(PersonalDataType.LICENCE_PLATE, i, end, 0.9, "licence plate after a plate word");
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean matchesUndashed(String shape) {
        for (String sidecode : SIDECODES) {
            if (sidecode.replace("-", "").equals(shape)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlateChar(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}

package nl.helder.guard.privacy;

/** Check-digit algorithms of Dutch and payment numbers that no well-kept library offers in this form. */
final class Checksums {

    private Checksums() {
    }

    /**
     * The Dutch "elfproef" of a BSN: the nine digits weighted 9, 8, ..., 2 and -1 sum to a multiple of 11
     * (and not to zero). Eight-digit BSNs are nine-digit ones with a leading zero.
     */
    static boolean isBsn(String digits) {
        String bsn = digits.length() == 8 ? "0" + digits : digits;
        if (bsn.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (bsn.charAt(i) - '0') * (9 - i);
        }
        sum -= bsn.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    /** The Luhn check of payment card numbers. */
    static boolean isLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}

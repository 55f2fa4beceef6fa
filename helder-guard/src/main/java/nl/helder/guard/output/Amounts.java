package nl.helder.guard.output;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Amounts of money (euro, pound, dollar) and percentages in a folded text, normalised so that "€ 4,95", "€4.95" and
 * "4,95 euro" are the same: digits with one decimal comma, then the unit ("4,95 eur", "20 %"). One pass, no backtracking.
 */
final class Amounts {

    private Amounts() {
    }

    static Set<String> in(String folded) {
        Set<String> amounts = new LinkedHashSet<>();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (c == '€' || c == '£' || c == '$') {
                int start = skipSpaces(folded, i + 1);
                int end = number(folded, start);
                if (end > start) {
                    amounts.add(normal(folded.substring(start, end)) + (c == '€' ? " eur" : c == '£' ? " gbp" : " usd"));
                    i = end;
                    continue;
                }
            } else if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                int end = number(folded, i);
                int unit = skipSpaces(folded, end);
                if (folded.startsWith("euro", unit) || folded.startsWith("eur ", unit) || folded.startsWith("eur.", unit)) {
                    amounts.add(normal(folded.substring(i, end)) + " eur");
                } else if (unit < folded.length() && folded.charAt(unit) == '%') {
                    amounts.add(normal(folded.substring(i, end)) + " %");
                } else if (folded.startsWith("procent", unit) || folded.startsWith("percent", unit)) {
                    amounts.add(normal(folded.substring(i, end)) + " %");
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
        return amounts;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The end of a number like 4, 4,95, 1.299,00 or 1,299.00 starting at {@code i}. */
    private static int number(String text, int i) {
        int end = i;
        while (end < text.length() && (Character.isDigit(text.charAt(end))
                || ((text.charAt(end) == ',' || text.charAt(end) == '.') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))))) {
            end++;
        }
        return end;
    }

    /** "1.299,00", "1,299.00" and "1299" are all "1299"; "4.95" and "4,95" are "4,95"; ",-" style is handled by the caller. */
    private static String normal(String number) {
        String digits = number.replaceAll("[.,](?=\\d{3}(\\D|$))", "");
        digits = digits.replace('.', ',');
        return digits.endsWith(",00") ? digits.substring(0, digits.length() - 3) : digits;
    }
}

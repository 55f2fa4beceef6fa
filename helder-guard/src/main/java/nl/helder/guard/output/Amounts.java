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

    /** At most this many of the sources' numbers are tried, so that the pairs stay few (quadratic in this only). */
    private static final int MAX_SOURCE_NUMBERS = 40;

    /**
     * Whether {@code amount} (as {@link #in} gives it) is worked out from two numbers the sources state: an amount of
     * money times or divided by another number ("3 months × €25, so €75"; "€0.12 per kWh … 2,000 kWh … about €240"),
     * or the sum or difference of two amounts of money, to a half percent. The assistant doing arithmetic on the
     * sources invents no price; a count or a date in the sources never adds up to one.
     */
    static boolean derivable(String amount, String sourceFolded) {
        double value = value(amount.substring(0, amount.indexOf(' ')));
        double[] numbers = new double[MAX_SOURCE_NUMBERS];
        boolean[] money = new boolean[MAX_SOURCE_NUMBERS];
        int count = 0;
        int i = 0;
        while (i < sourceFolded.length() && count < MAX_SOURCE_NUMBERS) {
            if (Character.isDigit(sourceFolded.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(sourceFolded.charAt(i - 1)))) {
                int end = number(sourceFolded, i);
                int before = i > 0 && sourceFolded.charAt(i - 1) == ' ' ? i - 2 : i - 1;
                int unit = skipSpaces(sourceFolded, end);
                money[count] = (before >= 0 && "€£$".indexOf(sourceFolded.charAt(before)) >= 0) || sourceFolded.startsWith("eur", unit);
                numbers[count++] = value(normal(sourceFolded.substring(i, end)));
                i = end;
            } else {
                i++;
            }
        }
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                double x = numbers[a];
                double y = numbers[b];
                boolean scaled = (money[a] || money[b]) && (near(x * y, value) || (y != 0 && near(x / y, value)) || (x != 0 && near(y / x, value)));
                boolean added = money[a] && money[b] && (near(x + y, value) || near(Math.abs(x - y), value));
                if (scaled || added) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean near(double computed, double value) {
        return Math.abs(computed - value) < 0.005 + Math.abs(value) * 0.005; // "about €240": rounded
    }

    /** The value of a number as {@link #normal} writes it ("4,95" is 4.95). */
    private static double value(String normal) {
        try {
            return Double.parseDouble(normal.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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

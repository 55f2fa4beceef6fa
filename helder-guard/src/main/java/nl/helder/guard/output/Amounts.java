package nl.helder.guard.output;

import java.util.LinkedHashSet;
import java.util.List;
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
                char sign = unit < folded.length() ? folded.charAt(unit) : ' ';
                if (sign == '€' || sign == '£' || sign == '$') { // "29 €", "49,80 €": German and French write it after
                    amounts.add(normal(folded.substring(i, end)) + (sign == '€' ? " eur" : sign == '£' ? " gbp" : " usd"));
                } else if (folded.startsWith("euro", unit) || folded.startsWith("eur ", unit) || folded.startsWith("eur.", unit)) {
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

    /** At most this many of the sources' numbers are kept, so that the pairs stay few (quadratic in this only). */
    private static final int MAX_SOURCE_NUMBERS = 40;

    /** Words that show the answer working a figure out: "3 × €25", "so €75", "that comes to about €240". */
    private static final java.util.regex.Pattern WORKED_OUT = java.util.regex.Pattern.compile("×|\\s[x*]\\s|=|\\b(?:times|keer|mal|fois|"
            + "comes to|come to|komt (?:neer|uit) op|works out|worked out|in total|in totaal|totaal|insgesamt|au total|soit|that makes|dat maakt|"
            + "das macht|cela fait|ca fait|difference|verschil|unterschied)\\b");

    /** Whether a folded text works a figure out ({@link #WORKED_OUT}): its amounts are results, not terms. */
    static boolean worksOut(String folded) {
        return WORKED_OUT.matcher(folded).find();
    }

    /** A number of a source with its unit: "eur", "gbp", "usd", "%", or "" for a count (days, months, kWh). */
    record Figure(double value, String unit) {
    }

    /** The numbers of a folded source text with their units, at most {@value #MAX_SOURCE_NUMBERS}. Read once per answer. */
    static List<Figure> figures(String folded) {
        List<Figure> figures = new java.util.ArrayList<>();
        int i = 0;
        while (i < folded.length() && figures.size() < MAX_SOURCE_NUMBERS) {
            char c = folded.charAt(i);
            if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                int end = number(folded, i);
                int before = i > 0 && folded.charAt(i - 1) == ' ' ? i - 2 : i - 1;
                char prefix = before >= 0 ? folded.charAt(before) : ' ';
                int unitAt = skipSpaces(folded, end);
                char suffix = unitAt < folded.length() ? folded.charAt(unitAt) : ' ';
                boolean euroWord = folded.startsWith("euro", unitAt) && !Character.isLetter(charAt(folded, unitAt + 4))
                        || folded.startsWith("euros", unitAt) || folded.startsWith("eur", unitAt) && !Character.isLetter(charAt(folded, unitAt + 3));
                String unit = prefix == '€' || suffix == '€' || euroWord ? "eur"
                        : prefix == '£' || suffix == '£' ? "gbp" : prefix == '$' || suffix == '$' ? "usd"
                        : suffix == '%' || folded.startsWith("procent", unitAt) || folded.startsWith("percent", unitAt) ? "%" : "";
                figures.add(new Figure(value(normal(folded.substring(i, end))), unit));
                i = end;
            } else {
                i++;
            }
        }
        return figures;
    }

    /**
     * Whether {@code amount} (as {@link #in} gives it) is worked out in the answer from the sources' figures: the
     * answer shows a calculation ({@link #WORKED_OUT}: "×", "=", "comes to", "in total"; not "also" or "about"), and the amount is an amount of the sources in the same unit
     * times or divided by a count ("3 months × €25, so €75"; "€0.12 per kWh … 2,000 kWh … about €240"), or the sum
     * or difference of two of their amounts in that unit, to a half percent. An invented fee that happens to equal
     * a difference of two prices is still invented when the answer does not work it out ("Plus € 30, Basis € 20 …
     * € 10 administratiekosten"); a percentage never comes from euros, nor pounds from euros.
     */
    static boolean derivable(String amount, String foldedAnswer, List<Figure> source) {
        if (!WORKED_OUT.matcher(foldedAnswer).find()) {
            return false;
        }
        int space = amount.indexOf(' ');
        double value = value(amount.substring(0, space));
        String unit = amount.substring(space + 1);
        for (int a = 0; a < source.size(); a++) {
            for (int b = 0; b < source.size(); b++) {
                Figure x = source.get(a);
                Figure y = source.get(b);
                if (a == b || !x.unit().equals(unit)) {
                    continue;
                }
                boolean scaled = y.unit().isEmpty() && (near(x.value() * y.value(), value) || (y.value() != 0 && near(x.value() / y.value(), value)));
                boolean added = y.unit().equals(unit) && (near(x.value() + y.value(), value) || near(Math.abs(x.value() - y.value()), value));
                if (scaled || added) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char charAt(String text, int i) {
        return i < text.length() ? text.charAt(i) : ' ';
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

package nl.helder.server.compliance.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contrast of the AI disclosure banner as the shipped widget stylesheet draws it: the text colour of the
 * widget ({@code :host}) against the banner's background, as the WCAG 2 contrast ratio. The Commission's draft
 * guidelines on Art. 50 ask for a disclosure that is clear and distinguishable; WCAG's 4.5:1 for normal text is
 * the measurable part of that. It measures the stylesheet Helder serves, not a page's own styling around it.
 */
record BannerContrast(String text, String background, double ratio) {

    static final double WCAG_AA = 4.5;

    private static final Pattern HOST_COLOR = Pattern.compile(":host\\s*\\{[^}]*?(?<![-\\w])color:\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern BANNER_BACKGROUND = Pattern.compile("(?m)^\\.banner\\s*\\{[^}]*?background:\\s*(#[0-9a-fA-F]{6})");

    /** @return null when the stylesheet does not state both colours (then the check cannot say anything) */
    static BannerContrast of(String css) {
        Matcher text = HOST_COLOR.matcher(css);
        Matcher background = BANNER_BACKGROUND.matcher(css);
        if (!text.find() || !background.find()) {
            return null;
        }
        String t = text.group(1).toLowerCase(Locale.ROOT);
        String b = background.group(1).toLowerCase(Locale.ROOT);
        double lighter = Math.max(luminance(t), luminance(b));
        double darker = Math.min(luminance(t), luminance(b));
        return new BannerContrast(t, b, (lighter + 0.05) / (darker + 0.05));
    }

    boolean passes() {
        return ratio >= WCAG_AA;
    }

    /** Relative luminance as WCAG 2 defines it. */
    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}

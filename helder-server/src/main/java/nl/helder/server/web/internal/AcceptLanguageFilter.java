package nl.helder.server.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code Accept-Language} leniently, before anything asks the container for the request's locale. Tomcat
 * throws on a header with more than ten languages (its {@code maxLocaleCount}), which made every path answer 500;
 * a browser never sends that many, so the ten most preferred count and the rest are ignored. A header that does
 * not parse, or is absurdly long, is treated as absent: the language is a preference, never a reason to refuse.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptLanguageFilter extends OncePerRequestFilter {

    static final int MAX_LANGUAGES = 10;
    private static final int MAX_HEADER_CHARS = 1_000;
    private static final String HEADER = "Accept-Language";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HEADER);
        chain.doFilter(header == null ? request : new LenientLocales(request, preferred(header)), response);
    }

    /** The most preferred languages, best first; empty for a header that cannot be read. */
    static List<Locale.LanguageRange> preferred(String header) {
        if (header.length() > MAX_HEADER_CHARS) {
            return List.of();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*")).toList();
            return ranges.subList(0, Math.min(MAX_LANGUAGES, ranges.size()));
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    private static final class LenientLocales extends HttpServletRequestWrapper {
        private final List<Locale.LanguageRange> ranges;
        private final String header;

        LenientLocales(HttpServletRequest request, List<Locale.LanguageRange> ranges) {
            super(request);
            this.ranges = ranges;
            this.header = ranges.isEmpty() ? null : String.join(",", ranges.stream()
                    .map(r -> r.getWeight() == 1.0 ? r.getRange() : r.getRange() + ";q=" + r.getWeight()).toList());
        }

        @Override
        public Locale getLocale() {
            return ranges.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(ranges.get(0).getRange());
        }

        @Override
        public Enumeration<Locale> getLocales() {
            if (ranges.isEmpty()) {
                return Collections.enumeration(List.of(Locale.getDefault()));
            }
            return Collections.enumeration(ranges.stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? header : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (HEADER.equalsIgnoreCase(name)) {
                return Collections.enumeration(header == null ? List.of() : List.of(header));
            }
            return super.getHeaders(name);
        }
    }
}

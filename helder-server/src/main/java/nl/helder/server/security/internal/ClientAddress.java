package nl.helder.server.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which client address a sign-in attempt comes from: today the address of the TCP
 * connection ({@link HttpServletRequest#getRemoteAddr()}); a deployment behind a proxy swaps this for the
 * trusted forwarded address. Hands it to the authentication as {@link WebAuthenticationDetails}.
 */
@Component
class ClientAddress implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

    static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 64;

    String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? UNKNOWN
                : address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }

    @Override
    public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
    }

    /** The address a sign-in attempt came from, as {@link #buildDetails} recorded it. */
    static String from(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : UNKNOWN;
    }

    /**
     * The network an address belongs to, for the audit trail (which cannot be erased, so it keeps no full
     * address): an IPv4 address's first three bytes ({@code 203.0.113.0/24}), an IPv6 address's first three
     * groups ({@code 2001:db8:1::/48}).
     */
    static String network(String address) {
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return address.substring(0, address.lastIndexOf('.')) + ".0/24";
        }
        if (address.contains(":")) {
            String[] groups = expand(address).split(":");
            return groups.length < 3 ? UNKNOWN : groups[0] + ":" + groups[1] + ":" + groups[2] + "::/48";
        }
        return UNKNOWN;
    }

    /** An IPv6 address with its {@code ::} written out, so the first groups are the real ones. */
    private static String expand(String address) {
        String plain = address.replaceFirst("%.*$", "").replaceFirst("^\\[", "").replaceFirst("]$", "");
        int gap = plain.indexOf("::");
        if (gap < 0) {
            return plain;
        }
        String head = plain.substring(0, gap);
        String tail = plain.substring(gap + 2);
        int present = (head.isEmpty() ? 0 : head.split(":").length) + (tail.isEmpty() ? 0 : tail.split(":").length);
        StringBuilder expanded = new StringBuilder(head);
        for (int i = 0; i < 8 - present; i++) {
            expanded.append(expanded.isEmpty() ? "" : ":").append('0');
        }
        if (!tail.isEmpty()) {
            expanded.append(':').append(tail);
        }
        return expanded.toString();
    }
}

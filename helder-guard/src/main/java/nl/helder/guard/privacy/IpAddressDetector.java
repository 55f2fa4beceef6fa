package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import org.apache.commons.validator.routines.InetAddressValidator;

/** IPv4 ("192.168.1.20") and IPv6 ("2001:db8::1") addresses, validated by Commons Validator (no DNS). */
final class IpAddressDetector {

    private static final InetAddressValidator ADDRESSES = InetAddressValidator.getInstance();

    /** Addresses that name no one: unspecified, broadcast and loopback (127.x is excluded separately). */
    private static final java.util.Set<String> NOT_PERSONAL = java.util.Set.of("0.0.0.0", "255.255.255.255", "::", "::1",
            // Public DNS resolvers that customers type into their router settings: shared by millions, no one's address.
            "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
            "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111");

    private IpAddressDetector() {
    }

    static void detect(ScanText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isAddressChar(s.charAt(i)) || i > 0 && (isAddressChar(s.charAt(i - 1)) || Character.isLetterOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            int dots = 0;
            int colons = 0;
            while (end < n && end - i < 45 && isAddressChar(s.charAt(end))) {
                dots += s.charAt(end) == '.' ? 1 : 0;
                colons += s.charAt(end) == ':' ? 1 : 0;
                end++;
            }
            int trimmed = end;
            while (trimmed > i && (s.charAt(trimmed - 1) == '.' || s.charAt(trimmed - 1) == ':')) {
                trimmed--;
            }
            // A full stop after an address ends the sentence, not the address: count what is left.
            for (int k = trimmed; k < end; k++) {
                dots -= s.charAt(k) == '.' ? 1 : 0;
                colons -= s.charAt(k) == ':' ? 1 : 0;
            }
            boolean mayBeV4 = dots == 3 && colons == 0;
            boolean mayBeV6 = colons >= 2;
            if (!mayBeV4 && !mayBeV6) {
                i = Math.max(end, i + 1); // a word of hex letters ("bed", "face"), a number, a time: no address
                continue;
            }
            String candidate = s.substring(i, trimmed);
            boolean boundary = end >= n || !Character.isLetterOrDigit(s.charAt(end));
            if (boundary && !NOT_PERSONAL.contains(candidate) && !(dots == 3 && defaultGateway(text, i, candidate)) && !(dots == 3 && looksLikeVersion(text, i, candidate)) && !candidate.startsWith("127.")
                    && (mayBeV4 && ADDRESSES.isValidInet4Address(candidate)
                    || mayBeV6 && ADDRESSES.isValidInet6Address(candidate))) {
                text.found(PersonalDataType.IP_ADDRESS, i, trimmed, 0.95, dots == 3 ? "IPv4 address" : "IPv6 address");
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * "firmware 7.2.1.3" is a version: four one-digit parts (no one's address) or a version word just before.
     */
    private static boolean looksLikeVersion(ScanText text, int start, String candidate) {
        return candidate.length() == 7 || text.precededBy(start, 20, VERSION_WORDS);
    }

    /**
     * A router's default address in a private range ("Gateway ist 192.168.178.1", "router 10.0.0.138" is not one: it
     * must end in .1 or .254) after a gateway or router word: the same in millions of homes, it identifies no one.
     */
    private static boolean defaultGateway(ScanText text, int start, String candidate) {
        boolean privateRange = candidate.startsWith("192.168.") || candidate.startsWith("10.")
                || candidate.startsWith("172.") && candidate.length() > 7 && candidate.charAt(4) >= '1' && candidate.charAt(4) <= '3';
        return privateRange && (candidate.endsWith(".1") || candidate.endsWith(".254")) && text.precededBy(start, 30, GATEWAY_WORDS);
    }

    private static final String[] GATEWAY_WORDS = {"gateway", "router", "routeur", "passerelle", "modem", "fritz", "box"};

    private static final String[] VERSION_WORDS = {"firmware", "version", "versie", "versión", "build", "update", "release", "v."};

    private static boolean isAddressChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':';
    }
}

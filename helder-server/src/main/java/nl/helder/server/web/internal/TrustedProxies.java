package nl.helder.server.web.internal;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Behind a reverse proxy every request comes from the proxy's address. Tomcat's {@link RemoteIpValve} then gives
 * the request the client's address, scheme and port from the forwarded headers — but only when the connection
 * comes from one of {@code helder.web.trusted-proxies}, and it walks {@code X-Forwarded-For} from the right,
 * past trusted proxies only, so an address a client writes into the header itself is never taken for its own.
 * Rate limits, sign-in throttling, secure cookies, HSTS and redirects all read the result.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final WebProperties properties;

    TrustedProxies(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (properties.trustedProxies().isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(regex(properties.trustedProxies()));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        valve.setPortHeader("X-Forwarded-Port");
        valve.setChangeLocalPort(true);
        factory.addEngineValves(valve);
    }

    /** The valve matches addresses against one regular expression; this builds it from addresses and networks. */
    static String regex(List<String> entries) {
        return entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(TrustedProxies::entry)
                .collect(Collectors.joining("|"));
    }

    private static String entry(String entry) {
        String address = entry;
        int prefix = -1;
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            address = entry.substring(0, slash);
            prefix = Integer.parseInt(entry.substring(slash + 1));
        }
        InetAddress parsed;
        try {
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(address);
            }
            parsed = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("helder.web.trusted-proxies: '" + entry + "' is not an IP address or network");
        }
        if (parsed.getAddress().length == 16) {
            if (prefix >= 0 && prefix != 128) {
                throw new IllegalArgumentException("helder.web.trusted-proxies: list IPv6 proxies by address ('" + entry + "')");
            }
            // Tomcat reports IPv6 peers in full form without zero compression, e.g. 0:0:0:0:0:0:0:1.
            byte[] bytes = parsed.getAddress();
            StringBuilder full = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                full.append(i == 0 ? "" : ":").append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
            }
            return Pattern.quote(full.toString());
        }
        String[] octets = parsed.getHostAddress().split("\\.");
        int kept = prefix < 0 ? 4 : switch (prefix) {
            case 8 -> 1;
            case 16 -> 2;
            case 24 -> 3;
            case 32 -> 4;
            default -> throw new IllegalArgumentException("helder.web.trusted-proxies: '" + entry
                    + "': use a /8, /16 or /24 network, or list the proxies' addresses");
        };
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            regex.append(i == 0 ? "" : "\\.").append(i < kept ? octets[i] : "\\d{1,3}");
        }
        return regex.toString();
    }
}

package nl.helder.server.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Limits and trust at the HTTP edge.
 *
 * @param maxRequestBytes the largest API request body accepted
 * @param trustedProxies  the reverse proxies (load balancers, TLS terminators) whose {@code X-Forwarded-For},
 *                        {@code X-Forwarded-Proto} and {@code X-Forwarded-Port} headers are believed: IPv4 addresses,
 *                        IPv4 networks with a /8, /16 or /24 prefix, or IPv6 addresses. Empty (the default): every
 *                        forwarded header is ignored and the connection's own address is the client's, so nobody can
 *                        pose as another client by sending the header
 */
@ConfigurationProperties("helder.web")
record WebProperties(@DefaultValue("65536") long maxRequestBytes, @DefaultValue List<String> trustedProxies) {
}

package nl.helder.server.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits at the HTTP edge.
 *
 * @param maxRequestBytes the largest API request body accepted
 */
@ConfigurationProperties("helder.web")
record WebProperties(@DefaultValue("65536") long maxRequestBytes) {
}

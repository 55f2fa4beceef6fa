package nl.helder.server.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Where the widget may be embedded.
 *
 * @param allowedOrigins origin patterns whose pages may call the customer API (CORS), e.g.
 *                       {@code https://*.example.nl}; {@code *} allows any page
 */
@ConfigurationProperties("helder.widget")
record WidgetProperties(@DefaultValue("*") List<String> allowedOrigins) {
}

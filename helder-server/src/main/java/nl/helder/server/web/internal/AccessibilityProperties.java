package nl.helder.server.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accessibility statement (European Accessibility Act, Annex V).
 *
 * @param contact where people report an accessibility problem or ask for the information in another form (an
 *                e-mail address, phone number or web address); empty: the statement points to the chat's
 *                "talk to a person" button and the ticket form
 */
@ConfigurationProperties("helder.accessibility")
record AccessibilityProperties(String contact) {
}

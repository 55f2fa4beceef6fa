/**
 * The HTTP edge: the demo page and the embeddable chat widget (static resources), request-size limits and
 * the OpenAPI description. It has no API of its own; other features expose their controllers themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.helder.server.web;

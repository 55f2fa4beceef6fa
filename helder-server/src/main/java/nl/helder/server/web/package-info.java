/**
 * The HTTP edge: the demo page and the embeddable chat widget (static resources), request-size limits and
 * the OpenAPI description. Its one API type is {@link nl.helder.server.web.EventStreams}, the bounded
 * Server-Sent-Event streams other features push live updates through; they expose their controllers themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.helder.server.web;

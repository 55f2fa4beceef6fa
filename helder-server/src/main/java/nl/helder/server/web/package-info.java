/**
 * The HTTP edge: the demo page and the embeddable chat widget (static resources), request-size limits and
 * the OpenAPI description. Its API is what every feature's HTTP edge shares: {@link nl.helder.server.web.EventStreams},
 * the bounded Server-Sent-Event streams live updates go through, and {@link nl.helder.server.web.Problems}, the
 * RFC 7807 problem details with stable type URIs. Features expose their controllers themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.helder.server.web;

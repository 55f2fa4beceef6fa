package nl.helder.server.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's per-connection buffers. Every open connection holds them, and an open live stream holds its connection
 * (with no thread) for as long as the customer's page is open, so at 10,000 streams each kilobyte here is 10 MB of
 * heap. Tomcat's defaults are 8 KB each.
 *
 * @param socketReadBuffer  the socket's application read buffer ({@code socket.appReadBufSize}); the HTTP parser's
 *                          buffer is this plus {@code server.max-http-request-header-size}. Request bodies are read in
 *                          pieces of this size, so it costs throughput only for large uploads, which the API refuses
 * @param socketWriteBuffer the socket's application write buffer ({@code socket.appWriteBufSize}); larger writes go out
 *                          in pieces of this size
 * @param responseBuffer    the servlet response buffer (a byte buffer and a char buffer of as many chars): a response
 *                          that fits is sent with a {@code Content-Length}, a larger one is sent chunked as it is
 *                          written (never cut)
 * @param maxRequestTrailerSize the trailing headers of a chunked request at most ({@code maxTrailerSize}); Tomcat
 *                          allocates a buffer of this size per connection up front (8 KB by default). Browsers send
 *                          no request trailers and the API uses none; a request whose trailers do not fit is refused
 */
@ConfigurationProperties("helder.web.connector")
record ConnectorProperties(@DefaultValue("2KB") DataSize socketReadBuffer, @DefaultValue("2KB") DataSize socketWriteBuffer,
                           @DefaultValue("2KB") DataSize responseBuffer, @DefaultValue("1KB") DataSize maxRequestTrailerSize) {
}

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
 *                          written (never cut). Once this much is written the response is committed: an error after
 *                          that (say, while serialising a large JSON body) can no longer become an RFC 7807 problem,
 *                          the client sees a cut-off response instead; the smaller the buffer, the earlier that point
 * @param maxRequestTrailerSize the trailing headers of a chunked request at most ({@code maxTrailerSize}); Tomcat
 *                          allocates a buffer of this size per connection up front (8 KB by default). Browsers send
 *                          no request trailers and the API uses none; a request whose trailers do not fit is refused
 */
@ConfigurationProperties("helder.web.connector")
record ConnectorProperties(@DefaultValue("2KB") DataSize socketReadBuffer, @DefaultValue("2KB") DataSize socketWriteBuffer,
                           @DefaultValue("2KB") DataSize responseBuffer, @DefaultValue("1KB") DataSize maxRequestTrailerSize) {

    private static final long MIN_BUFFER = 256;
    private static final long MAX_BUFFER = 1024 * 1024;
    private static final long MAX_TRAILER = 64 * 1024;

    /**
     * Checked at binding, so a bad value stops the start with the property's name rather than failing every connection
     * later (Tomcat allocates the trailer buffer per connection and takes a negative size as given).
     */
    ConnectorProperties {
        requireWithin("socket-read-buffer", socketReadBuffer, MIN_BUFFER, MAX_BUFFER);
        requireWithin("socket-write-buffer", socketWriteBuffer, MIN_BUFFER, MAX_BUFFER);
        requireWithin("response-buffer", responseBuffer, MIN_BUFFER, MAX_BUFFER);
        requireWithin("max-request-trailer-size", maxRequestTrailerSize, 0, MAX_TRAILER);
    }

    private static void requireWithin(String name, DataSize size, long min, long max) {
        if (size == null || size.toBytes() < min || size.toBytes() > max) {
            throw new IllegalArgumentException("helder.web.connector." + name + " must be between " + min + " B and "
                    + max / 1024 + " KB, was " + size);
        }
    }
}

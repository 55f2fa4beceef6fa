package nl.helder.server.web.internal;

import org.apache.coyote.ProtocolHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat's per-connection buffers ({@link ConnectorProperties}) so that many open live streams fit in a small
 * heap. An open Server-Sent-Event stream holds no thread, but it keeps its connection's processor and with it every
 * buffer Tomcat allocates per connection up front, used or not: with Tomcat's defaults 88 KB of buffers a stream (117 KB
 * of live heap measured in all), over a gigabyte for 10,000. Most of it is sized for large requests and responses that
 * an idle stream never sees. The servlet request's reader buffer (8 K chars, 16 KB) has no setting in Tomcat 11 and
 * stays. README, "Live streams": which buffer is which, and the figures.
 */
@Component
class ConnectorBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(ConnectorBuffers.class);

    private final ConnectorProperties properties;

    ConnectorBuffers(ConnectorProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(LeanHttp11NioProtocol.class.getName());
        factory.addProtocolHandlerCustomizers((TomcatProtocolHandlerCustomizer<ProtocolHandler>) this::size);
    }

    private void size(ProtocolHandler handler) {
        if (handler instanceof LeanHttp11NioProtocol protocol) {
            protocol.setSocketBuffers(Math.toIntExact(properties.socketReadBuffer().toBytes()),
                    Math.toIntExact(properties.socketWriteBuffer().toBytes()));
            protocol.setResponseBufferSize(Math.toIntExact(properties.responseBuffer().toBytes()));
            protocol.setMaxTrailerSize(Math.toIntExact(properties.maxRequestTrailerSize().toBytes()));
        } else {
            // Another customizer chose the protocol after this one: its buffers stay Tomcat's defaults.
            log.warn("Tomcat's protocol is {}, not {}: helder.web.connector.* is not applied", handler.getClass().getName(),
                    LeanHttp11NioProtocol.class.getSimpleName());
        }
    }
}

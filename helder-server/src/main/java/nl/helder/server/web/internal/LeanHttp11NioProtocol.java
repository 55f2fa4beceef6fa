package nl.helder.server.web.internal;

import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketProperties;

/**
 * Tomcat's NIO HTTP/1.1 protocol whose per-connection buffers can all be sized, for a server that keeps many
 * connections open (live event streams: each holds its connection's buffers while idle).
 * <p>
 * Tomcat sizes the servlet response's buffers (a byte buffer, and a char buffer of as many chars for
 * {@code getWriter()}) from the protocol's {@link #getDesiredBufferSize()}, 8 KB when the protocol has no wish (AJP
 * uses the same hook to fit its packets); no connector attribute sets it, hence this class. The socket's read and write
 * buffers ({@code socket.appReadBufSize}/{@code appWriteBufSize}) are ordinary connector attributes, set here too so
 * that one typed place holds them.
 * <p>
 * Public, with a public no-argument constructor, because Tomcat creates the protocol from its class name.
 */
public class LeanHttp11NioProtocol extends Http11NioProtocol {

    private volatile int responseBufferSize = -1;

    /** The servlet response buffer's size in bytes; -1 (the default) keeps Tomcat's 8 KB. */
    @Override
    public int getDesiredBufferSize() {
        return responseBufferSize;
    }

    /**
     * Sizes the servlet response buffer of connections opened from now on. A response that does not fit is sent as it is
     * written, chunked (no {@code Content-Length}) unless the application set its length; it is not cut.
     */
    public void setResponseBufferSize(int bytes) {
        if (bytes < 256) {
            throw new IllegalArgumentException("A response buffer of " + bytes + " bytes is too small");
        }
        this.responseBufferSize = bytes;
    }

    /** Sizes the socket's application read and write buffers ({@code socket.appReadBufSize}, {@code socket.appWriteBufSize}). */
    public void setSocketBuffers(int readBytes, int writeBytes) {
        if (readBytes < 256 || writeBytes < 256) {
            throw new IllegalArgumentException("Socket buffers of " + readBytes + " and " + writeBytes + " bytes are too small");
        }
        SocketProperties socket = getEndpoint().getSocketProperties();
        socket.setAppReadBufSize(readBytes);
        socket.setAppWriteBufSize(writeBytes);
    }

    /** The socket's application read buffer size in bytes. */
    public int getSocketReadBufferSize() {
        return getEndpoint().getSocketProperties().getAppReadBufSize();
    }

    /** The socket's application write buffer size in bytes. */
    public int getSocketWriteBufferSize() {
        return getEndpoint().getSocketProperties().getAppWriteBufSize();
    }
}

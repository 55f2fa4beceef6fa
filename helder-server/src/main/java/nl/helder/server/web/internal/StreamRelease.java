package nl.helder.server.web.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import nl.helder.server.web.EventStreams;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The outermost filter: once a request's thread has come back out of every other filter, the live streams it opened
 * may be written to by the sending threads ({@link EventStreams#release(ServletRequest)}). Earlier, a sending thread's
 * first write raced with filters still setting headers on the way out. Boot registers a plain filter bean for REQUEST
 * dispatches only, which is why {@link EventStreams} holds only streams opened in a REQUEST dispatch (one opened from
 * an async dispatch would otherwise never be released). The order ties with Boot's character-encoding
 * filter and our request-size limit; neither writes headers on the way out, so which of them is outermost does not
 * matter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StreamRelease implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            EventStreams.release(request);
        }
    }
}

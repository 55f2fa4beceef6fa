package nl.helder.server.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Caching of the widget's files, which every page of a shop loads. The documented URL
 * {@code /widget/helder-widget.js} must pick up a new release, so browsers keep it ten minutes and then
 * revalidate it ({@code Last-Modified}, answered 304 when unchanged). The same file under a name carrying its
 * content hash ({@code /widget/helder-widget-<md5>.js}, logged at start) never changes, so it is cached for a year.
 */
@Component
class WidgetCaching extends OncePerRequestFilter implements WebMvcConfigurer {

    static final String STABLE = "public, max-age=600, must-revalidate";
    static final String VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();
    private static final Pattern HASHED = Pattern.compile("^/widget/[^/]+-[0-9a-f]{32}\\.[a-z]+$");
    private static final Logger log = LoggerFactory.getLogger(WidgetCaching.class);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/widget/**").addResourceLocations("classpath:/static/widget/")
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/widget/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", HASHED.matcher(request.getRequestURI()).matches() ? VERSIONED : STABLE);
        chain.doFilter(request, new ErrorsNotCached(response));
    }

    /** An error (a hash an older node does not know, during a rolling deploy) must not be cached for a year. */
    private static final class ErrorsNotCached extends jakarta.servlet.http.HttpServletResponseWrapper {
        ErrorsNotCached(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            uncacheable(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            uncacheable(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            uncacheable(status);
            super.sendError(status, message);
        }

        private void uncacheable(int status) {
            if (status >= 400) {
                setHeader("Cache-Control", "no-store");
            }
        }
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        ResourceUrlProvider urls = event.getApplicationContext().getBean("mvcResourceUrlProvider", ResourceUrlProvider.class);
        log.info("Widget script: /widget/helder-widget.js (cached 10 minutes), or for a year as {}",
                urls.getForLookupPath("/widget/helder-widget.js"));
    }
}

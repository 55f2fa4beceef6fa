package nl.helder.server.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client is told when its sign-in must wait: HTTP Basic and API callers get 429 with {@code Retry-After}
 * and a problem document, the form login page a message with the wait. Other failures go to the usual handler.
 */
final class ThrottledSignInResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ThrottledSignInResponses() {
    }

    /** For HTTP Basic: 429 for a throttled attempt, otherwise {@code otherwise} (401 with a challenge). */
    static AuthenticationEntryPoint entryPoint(AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                tooManyRequests(response, throttled);
            } else {
                otherwise.commence(request, response, exception);
            }
        };
    }

    /** For form login: back to the sign-in page, with the wait in seconds when the attempt was throttled. */
    static AuthenticationFailureHandler formFailure() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                response.sendRedirect(request.getContextPath() + "/login?wait=" + throttled.retryAfterSeconds());
            } else {
                wrong.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    private static void tooManyRequests(HttpServletResponse response, SignInThrottledException throttled) throws IOException {
        long seconds = throttled.retryAfterSeconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", "Too many failed sign-ins",
                "Too many failed sign-ins for this account or from this address; the password was not checked. Try again in "
                        + seconds + " seconds.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}

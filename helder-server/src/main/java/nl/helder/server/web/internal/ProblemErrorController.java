package nl.helder.server.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.helder.server.web.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}): whatever ends there — a request the security firewall rejected,
 * a {@code sendError} from a filter, an exception no handler caught — is answered as an RFC 7807 problem,
 * never as Boot's own JSON or a stack trace. Replaces Boot's {@code BasicErrorController}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = problemFor(status);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri && uri.length() <= 200) {
            problem.setProperty("path", uri);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail problemFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> Problems.of(status, "invalid-request", "Invalid request",
                    "The request was refused before it reached Helder: its path, headers or encoding are not accepted.");
            case UNAUTHORIZED -> Problems.of(status, "unauthorized", "Unauthorized", "This needs credentials.");
            case FORBIDDEN -> Problems.of(status, "forbidden", "Forbidden", "These credentials do not allow this.");
            case NOT_FOUND -> Problems.of(status, "not-found", "Not found", "Nothing is here.");
            case METHOD_NOT_ALLOWED -> Problems.of(status, "method-not-allowed", "Method not allowed",
                    "This path does not accept this method.");
            case PAYLOAD_TOO_LARGE -> Problems.of(status, "request-too-large", "Request too large", "The request is too large.");
            case REQUEST_HEADER_FIELDS_TOO_LARGE, URI_TOO_LONG -> Problems.of(status, "request-too-large",
                    "Request too large", "The request line or headers are too large.");
            default -> status.is4xxClientError()
                    ? Problems.of(status, "invalid-request", status.getReasonPhrase(), "The request was refused.")
                    : Problems.of(status, "internal-error", "Internal error",
                    "Something went wrong on our side; nothing you sent was stored half-way. Try again later.");
        };
    }
}

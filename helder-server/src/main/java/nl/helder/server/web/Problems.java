package nl.helder.server.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** RFC 7807 problem details with Helder's stable type URIs ({@code https://helder.dev/problems/<type>}). */
public final class Problems {

    private static final String TYPE_BASE = "https://helder.dev/problems/";

    private Problems() {
    }

    /** A problem of {@code type} (e.g. {@code invalid-request}), with a short title and a detail for the caller. */
    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}

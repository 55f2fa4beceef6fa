package nl.helder.server.compliance.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** AI-literacy training for every staff member, and the coverage report for compliance (AI Act Art. 4). */
@RestController
@Tag(name = "AI literacy (Art. 4)")
class LiteracyController {

    private final Literacy literacy;

    LiteracyController(Literacy literacy) {
        this.literacy = literacy;
    }

    record QuizQuestionView(String question, List<String> options) {
    }

    record Training(String id, String version, String title, List<LiteracyModule.Section> sections, List<QuizQuestionView> quiz,
                    int passPercentage, Literacy.StaffStatus myStatus) {
    }

    record AttemptRequest(String locale, List<Integer> answers) {
    }

    @GetMapping("/api/v1/staff/literacy")
    @Operation(summary = "The training module and its quiz (without the answers), with my status")
    Training training(@AuthenticationPrincipal UserDetails user, @RequestParam(defaultValue = "en") String locale) {
        LiteracyModule module = literacy.module();
        LiteracyModule.Content content = module.in(locale);
        return new Training(module.id(), module.version(), content.title(), content.sections(),
                content.quiz().stream().map(q -> new QuizQuestionView(q.question(), q.options())).toList(), module.passPercentage(),
                literacy.statusOf(user.getUsername()).orElse(null));
    }

    @PostMapping("/api/v1/staff/literacy/attempts")
    @Operation(summary = "Hand in the quiz", description = "{\"locale\":\"nl\",\"answers\":[1,0,1,0,1]} (option index per question). "
            + "Recorded for the signed-in staff member with the score.")
    Literacy.Attempt attempt(@AuthenticationPrincipal UserDetails user, @RequestBody(required = false) AttemptRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("Send {\"locale\", \"answers\"}.");
        }
        return literacy.attempt(user.getUsername(), request.locale() == null ? "en" : request.locale(), request.answers());
    }

    @GetMapping("/api/v1/admin/compliance/literacy")
    @Operation(summary = "Literacy report", description = "Per staff member: valid, expired or missing (new staff), with the last "
            + "score; coverage per role. The people to remind are those not VALID.")
    Literacy.Report report() {
        return literacy.report();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }
}

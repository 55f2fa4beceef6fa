package nl.helder.server.knowledge.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/** Administrators see the articles an import quarantined, with the reason, and release or remove them (role ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/knowledge/quarantine")
@Tag(name = "Admin: knowledge base")
class QuarantineAdminController {

    private final KnowledgeService knowledge;

    QuarantineAdminController(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    /** A quarantined article: enough to judge it (the whole text, since the admin must read what was flagged). */
    /** {@code reason}: the reasons in one line, as the published contract names it ({@code [{"title","url","reason"}]}). */
    record QuarantinedArticle(String id, String title, String url, String reason, String locale, List<String> tags, String body,
                              double score, List<String> reasons, String source, Instant quarantinedAt) {

        static QuarantinedArticle of(QuarantineRepository.Quarantined q) {
            var a = q.article();
            return new QuarantinedArticle(a.id(), a.title(), a.url(), String.join("; ", q.reasons()), a.locale(), a.tags(), a.body(),
                    Math.round(q.score() * 1000) / 1000.0, q.reasons(), q.source(), q.quarantinedAt());
        }
    }

    record Released(String id, String title) {
    }

    @GetMapping
    @Operation(summary = "List the quarantined articles", description = "Articles of the latest import that look like "
            + "text aimed at an AI (indirect prompt injection): not indexed, with the check's score and reasons.")
    List<QuarantinedArticle> list() {
        return knowledge.quarantined().stream().map(QuarantinedArticle::of).toList();
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release a quarantined article", description = "Indexes it and answers from it; audited. "
            + "The same unchanged article is not quarantined again by later imports.")
    Released release(@AuthenticationPrincipal UserDetails user, @PathVariable String id) {
        var article = knowledge.release(id, user.getUsername());
        return new Released(article.id(), article.title());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a quarantined article", description = "It is not served; audited. It returns at the "
            + "next import if the source still holds it.")
    ResponseEntity<Void> remove(@AuthenticationPrincipal UserDetails user, @PathVariable String id) {
        knowledge.remove(id, user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "article-not-quarantined", "Article not in quarantine",
                "No quarantined article has the id '" + e.getMessage() + "'.");
    }
}

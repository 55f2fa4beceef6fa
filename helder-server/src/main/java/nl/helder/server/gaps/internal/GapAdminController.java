package nl.helder.server.gaps.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.knowledge.Article;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The knowledge base's gap list for administrators (role ADMIN): open questions grouped by language and similarity,
 * the articles that may answer each group, and the articles customers reach from another language.
 */
@RestController
@RequestMapping("/api/v1/admin/knowledge/gaps")
@Tag(name = "Admin: knowledge base")
class GapAdminController {

    private final GapService gaps;

    GapAdminController(GapService gaps) {
        this.gaps = gaps;
    }

    record Gaps(List<Group> groups, List<Translation> translations) {
    }

    /**
     * @param kinds      how many of its questions are listed for each reason
     * @param terms      the (stemmed) words its questions share, heaviest first
     * @param candidates articles that may answer it: picked by customers among suggestions, answered with, or offered
     */
    record Group(UUID id, String language, int size, Map<String, Integer> kinds, List<String> terms, Instant firstAskedAt,
                 Instant lastAskedAt, List<Question> questions, List<Candidate> candidates) {
    }

    /** @param article the article answered with or picked; {@code null} when none */
    record Question(UUID id, String text, String kind, double confidence, Instant askedAt, String article) {
    }

    /** @param picked how many customers picked it among suggestions; {@code answered}: answered with; {@code offered}: suggested */
    record Candidate(String id, String title, String locale, int picked, int answered, int offered) {
    }

    record Translation(String articleId, String title, String url, String locale, String language, int questions, Instant lastAt) {
    }

    record LinkRequest(String articleId) {
    }

    record Decided(UUID group, String decision, String article, int questions) {
    }

    @GetMapping
    @Operation(summary = "The gap list", description = "Unanswered, suggested, low-confidence and handed-over-after-an-answer "
            + "questions (as stored: redacted), grouped per language by shared words; and articles customers reach from "
            + "another language (a missing translation).")
    Gaps list() {
        Map<String, Article> articles = gaps.articlesById();
        List<Group> groups = gaps.groups().stream().map(group -> view(group, articles)).toList();
        List<Translation> translations = gaps.missingTranslations().stream().map(t -> new Translation(t.article().id(),
                t.article().title(), t.article().url(), t.article().locale(), t.language(), t.questions(), t.lastAt())).toList();
        return new Gaps(groups, translations);
    }

    @PostMapping("/groups/{id}/link")
    @Operation(summary = "Link a group to an article", description = "Its questions become example questions of the article: "
            + "stored, applied whenever the knowledge base is loaded or imported, and searched from now on. Audited.")
    Decided link(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id, @RequestBody LinkRequest request) {
        if (request == null || request.articleId() == null || request.articleId().isBlank()) {
            throw new IllegalArgumentException("Name the article to link the group to: {\"articleId\": \"...\"}.");
        }
        GapGrouping.Group group = gaps.link(id, request.articleId().strip(), user.getUsername());
        return new Decided(id, "LINKED", request.articleId().strip(), group.questions().size());
    }

    @PostMapping("/groups/{id}/out-of-scope")
    @Operation(summary = "Mark a group out of scope", description = "Its questions are no longer listed and feed nothing "
            + "into retrieval. Audited.")
    Decided outOfScope(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        GapGrouping.Group group = gaps.outOfScope(id, user.getUsername());
        return new Decided(id, "OUT_OF_SCOPE", null, group.questions().size());
    }

    /** An example question linked to an article from the gap list. */
    record Link(UUID id, String articleId, String title, String question, String language, String linkedBy, Instant linkedAt) {
    }

    @GetMapping("/links")
    @Operation(summary = "The example questions linked to articles", description = "Oldest first; applied to the article "
            + "at every load and import while it is served.")
    List<Link> links() {
        Map<String, Article> articles = gaps.articlesById();
        return gaps.links().stream().map(l -> new Link(l.id(), l.articleId(),
                articles.containsKey(l.articleId()) ? articles.get(l.articleId()).title() : null, l.question(), l.language(),
                l.linkedBy(), l.linkedAt())).toList();
    }

    @DeleteMapping("/links/{id}")
    @Operation(summary = "Remove a linked example question", description = "Retrieval no longer uses it; audited.")
    ResponseEntity<Void> unlink(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        gaps.unlink(id, user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(GapService.UnknownLink.class)
    ProblemDetail unknownLink(GapService.UnknownLink e) {
        return Problems.of(HttpStatus.NOT_FOUND, "learned-question-not-found", "No such example question",
                "No example question linked from the gap list has the id '" + e.getMessage() + "'.");
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "gap-group-not-found", "No such group",
                "No open group of the gap list has the id '" + e.getMessage() + "'; the list may have changed, load it again.");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-gap-decision", "Invalid decision", e.getMessage());
    }

    private static Group view(GapGrouping.Group group, Map<String, Article> articles) {
        List<GapQuestion> questions = group.questions();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (GapQuestion q : questions) {
            kinds.merge(q.kind().name(), 1, Integer::sum);
            if (q.articleId() != null) {
                counts.computeIfAbsent(q.articleId(), id -> new int[3])[q.kind() == GapQuestion.Kind.SUGGESTIONS ? 0 : 1]++;
            }
            q.offered().forEach(id -> counts.computeIfAbsent(id, key -> new int[3])[2]++);
        }
        List<Candidate> candidates = new ArrayList<>();
        counts.forEach((id, n) -> {
            Article article = articles.get(id);
            if (article != null) {
                candidates.add(new Candidate(id, article.title(), article.locale(), n[0], n[1], n[2]));
            }
        });
        candidates.sort(Comparator.comparingInt(Candidate::picked).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::answered).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::offered).reversed()));
        List<Question> shown = questions.stream().map(q -> new Question(q.id(), q.question(), q.kind().name(),
                Math.round(q.confidence() * 1000) / 1000.0, q.askedAt(), q.articleId())).toList();
        return new Group(group.id(), group.language(), questions.size(), kinds, group.terms(), questions.get(0).askedAt(),
                questions.get(questions.size() - 1).askedAt(), shown, candidates);
    }
}

package nl.helder.server.knowledge.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.InvalidKnowledgeException;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeImport;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Administrators replace and inspect the knowledge base (role ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/knowledge")
@Tag(name = "Admin: knowledge base")
class KnowledgeAdminController {

    private final KnowledgeBase knowledge;
    private final KnowledgeImport imports;

    KnowledgeAdminController(KnowledgeBase knowledge, KnowledgeImport imports) {
        this.knowledge = knowledge;
        this.imports = imports;
    }

    /** An article as uploaded: the id may be left out (it is derived from title and locale). */
    record ArticleInput(String id, String title, String url, String locale, List<String> tags, String body) {
        Article toArticle() {
            String language = locale == null ? "" : locale.strip().toLowerCase(java.util.Locale.ROOT);
            String name = title == null ? "" : title.strip();
            String articleId = id == null || id.isBlank() ? ArticleReader.slug(name) + "-" + language : id.strip();
            return new Article(articleId, name, url == null ? "" : url.strip(), language, tags, body == null ? "" : body);
        }
    }

    record ArticleSummary(String id, String title, String url, String locale, List<String> tags) {
    }

    @GetMapping("/articles")
    @Operation(summary = "List the articles the assistant answers from")
    List<ArticleSummary> articles() {
        return knowledge.articles().stream()
                .map(a -> new ArticleSummary(a.id(), a.title(), a.url(), a.locale(), a.tags())).toList();
    }

    @PutMapping("/articles")
    @Operation(summary = "Replace the whole knowledge base", description = "A JSON array of articles "
            + "({id?, title, url, locale, tags, body}). A structurally invalid article (missing field, bad URL, duplicate id) "
            + "rejects the whole import; one that looks like text aimed at an AI is quarantined and the rest served.")
    KnowledgeImport.ImportResult replace(@RequestBody List<ArticleInput> articles) {
        return imports.replaceAll(articles.stream().map(ArticleInput::toArticle).toList());
    }

    @PostMapping("/import")
    @Operation(summary = "Re-import the configured source", description = "Reads helder.kb (or the bundled demo) again.")
    KnowledgeImport.ImportResult reimport() {
        return imports.reimport();
    }

    @ExceptionHandler(InvalidKnowledgeException.class)
    ProblemDetail invalid(InvalidKnowledgeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-knowledge", "Invalid knowledge base",
                "The knowledge base was not changed: " + e.problems().size() + " problem(s) found.");
        problem.setProperty("problems", e.problems());
        return problem;
    }
}

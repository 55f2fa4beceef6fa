package nl.helder.server.knowledge.internal;

import nl.helder.guard.InjectionAssessment;
import nl.helder.guard.injection.InjectionGuard;
import nl.helder.server.knowledge.Article;

import java.util.List;
import java.util.Optional;

/**
 * The indirect-injection check an import runs on every article: the assistant quotes articles, and with a
 * language model switched on it reads them, so text in an article that tells an AI what to do would be a prompt
 * injection. A suspicion is not a structural error: the import quarantines the article instead of failing.
 */
final class ArticleScreen {

    private static final InjectionGuard INJECTION = InjectionGuard.standard();

    /** Why an article was held back. */
    record Suspicion(double score, List<String> reasons) {
    }

    private ArticleScreen() {
    }

    static Optional<Suspicion> screen(Article article) {
        InjectionAssessment injection = INJECTION.assessDocument(article.title() + "\n\n" + article.body());
        return injection.blocked() ? Optional.of(new Suspicion(injection.score(), injection.reasons())) : Optional.empty();
    }
}

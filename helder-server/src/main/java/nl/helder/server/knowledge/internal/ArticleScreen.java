package nl.helder.server.knowledge.internal;

import nl.helder.guard.InjectionAssessment;
import nl.helder.guard.injection.IndirectInjection;
import nl.helder.server.knowledge.Article;

import java.util.List;
import java.util.Optional;

/**
 * The indirect-injection check an import runs on every article: the assistant quotes articles, and with a
 * language model switched on it reads them, so text in an article that tells an AI what to do would be a prompt
 * injection. It uses helder-guard's document check ({@link IndirectInjection}), which looks for text aimed at an
 * AI (the assistant addressed, role markup, hidden or encoded instructions, "ignore the above"), not the chat
 * guard, which would read every imperative of a help article ("choose Meter readings and enter the numbers") as
 * an order to the assistant. A suspicion is not a structural error: the import quarantines the article.
 */
final class ArticleScreen {

    private static final IndirectInjection INJECTION = IndirectInjection.standard();

    /** Why an article was held back. */
    record Suspicion(double score, List<String> reasons) {
    }

    private ArticleScreen() {
    }

    static Optional<Suspicion> screen(Article article) {
        InjectionAssessment injection = INJECTION.assess(article.title() + "\n\n" + article.body());
        return injection.blocked() ? Optional.of(new Suspicion(injection.score(), injection.reasons())) : Optional.empty();
    }
}

package nl.helder.server.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A view of a knowledge base that keeps only articles with one of the given tags; see {@link KnowledgeBase#within}. */
final class TaggedKnowledge implements KnowledgeBase {

    /** How many matches of the whole base are looked at for the few in scope. */
    private static final int WIDEN = 10;

    private final KnowledgeBase all;
    private final Set<String> tags;

    TaggedKnowledge(KnowledgeBase all, Set<String> tags) {
        this.all = all;
        this.tags = tags.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<KnowledgeMatch> bestMatch(String question, String preferredLocale) {
        return topMatches(question, preferredLocale, 1).stream().findFirst();
    }

    @Override
    public List<KnowledgeMatch> topMatches(String question, String preferredLocale, int limit) {
        return all.topMatches(question, preferredLocale, Math.max(50, limit * WIDEN)).stream()
                .filter(match -> inScope(match.article())).limit(limit).toList();
    }

    @Override
    public List<Article> articles() {
        return all.articles().stream().filter(this::inScope).toList();
    }

    @Override
    public KnowledgeBase within(Set<String> narrower) {
        return narrower == null || narrower.isEmpty() ? this : new TaggedKnowledge(all, narrower);
    }

    private boolean inScope(Article article) {
        return article.tags().stream().anyMatch(tag -> tags.contains(tag.strip().toLowerCase(Locale.ROOT)));
    }
}

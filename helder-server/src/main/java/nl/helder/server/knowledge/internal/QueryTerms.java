package nl.helder.server.knowledge.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question after analysis: one {@link Group} per word position. A group holds the word as analysed
 * (its "original"), the synonyms injected at its position and the compound parts split from it, because a
 * match on a synonym is as good as a match on the word, and a match on a part only partly so.
 */
record QueryTerms(List<Group> groups) {

    /** Questions are cut to this many word positions: enough for any real question, bounded for long input. */
    static final int MAX_GROUPS = 48;

    /** One word position of the question. */
    record Group(String original, Set<String> synonyms, Set<String> parts) {

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>();
            all.add(original);
            all.addAll(synonyms);
            all.addAll(parts);
            return all;
        }
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    Set<String> distinctTerms() {
        Set<String> terms = new LinkedHashSet<>();
        groups.forEach(group -> terms.addAll(group.all()));
        return terms;
    }

    static QueryTerms analyze(Analyzer analyzer, String field, String text) {
        List<Group> groups = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            GroupBuilder current = null;
            while (stream.incrementToken()) {
                String value = term.toString();
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                if (increment.getPositionIncrement() > 0 || current == null) {
                    if (current != null) {
                        groups.add(current.build());
                        if (groups.size() == MAX_GROUPS) {
                            current = null;
                            break;
                        }
                    }
                    current = new GroupBuilder();
                }
                current.add(value, synonym);
            }
            if (current != null) {
                groups.add(current.build());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryTerms(List.copyOf(groups));
    }

    private static final class GroupBuilder {
        private String original;
        private final Set<String> synonyms = new LinkedHashSet<>();
        private final Set<String> parts = new LinkedHashSet<>();

        void add(String value, boolean synonym) {
            if (synonym) {
                synonyms.add(value);
            } else if (original == null) {
                original = value;
            } else if (!value.equals(original)) {
                parts.add(value);
            }
        }

        Group build() {
            // A position may hold only synonyms (the filter can emit them first): promote one to original.
            if (original == null) {
                String first = synonyms.iterator().next();
                synonyms.remove(first);
                return new Group(first, Set.copyOf(synonyms), Set.copyOf(parts));
            }
            synonyms.remove(original);
            return new Group(original, Set.copyOf(synonyms), Set.copyOf(parts));
        }
    }
}

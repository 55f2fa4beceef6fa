package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeMatch;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable Lucene index over one version of the knowledge base. Every article is indexed with the
 * analysis chain of its own language; a question is searched in every language present, analysed with
 * that language's chain, so a customer who writes English in a Dutch conversation still finds the English
 * article. BM25 picks candidates; {@link Coverage} re-ranks them and gives the confidence.
 */
final class KnowledgeIndex {

    private static final int CANDIDATES = 8;
    /** The first candidates (by coverage and BM25) that the fitted model re-ranks. */
    private static final int RERANKED = 10;
    private static final double PREFERRED_LOCALE_BONUS = 1.05;
    private static final double COVERAGE_WEIGHT = 0.9;

    /** Reciprocal rank fusion's constant: the usual 60, so that the first few ranks of either list count alike. */
    static final int RRF_K = 60;
    /** Articles the semantic signal proposes, from its nearest passages. */
    private static final int SEMANTIC_ARTICLES = 8;
    private static final int SEMANTIC_PASSAGES = 48;
    /** The longest passage text embedded; models read a few hundred tokens at most. */
    private static final int MAX_CHUNK_CHARS = 1500;
    /** Rewritten near-spelling queries kept per language. */
    private static final int MAX_CACHED_FUZZY = 50_000;
    /** Term queries with their statistics kept per language (a few hundred bytes each: ~10 MB when full). */
    private static final int MAX_CACHED_TERMS = 50_000;

    private final List<Article> articles;
    private final Map<String, LocaleIndex> locales;
    private final Map<String, Lexicon> lexicons;
    private final ConfidenceModel confidence;
    private final int maxPassageChars;
    /** Aligned with {@link #articles}: where each article is indexed lexically. */
    private final List<Located> located;
    /** Null when retrieval is lexical only (no model configured, or embedding the articles failed). */
    private final SemanticIndex semantic;
    private final Embedder embedder;
    private final double semanticWeight;
    /** The languages the semantic signal serves; empty for all. */
    private final Set<String> semanticLocales;

    private KnowledgeIndex(List<Article> articles, Map<String, LocaleIndex> locales, Map<String, Lexicon> lexicons,
                           ConfidenceModel confidence, int maxPassageChars, List<Located> located, SemanticIndex semantic,
                           Embedder embedder, double semanticWeight, Set<String> semanticLocales) {
        this.articles = articles;
        this.locales = locales;
        this.lexicons = lexicons;
        this.confidence = confidence;
        this.maxPassageChars = maxPassageChars;
        this.located = located;
        this.semantic = semantic;
        this.embedder = embedder;
        this.semanticWeight = semanticWeight;
        this.semanticLocales = semanticLocales;
    }

    private record Located(LocaleIndex index, IndexedArticle article) {
    }

    static KnowledgeIndex build(List<Article> articles, Map<String, String> synonymRules,
                                Map<String, Set<String>> compoundParts, int maxPassageChars) {
        return build(articles, synonymRules, compoundParts, List.of(), ConfidenceModel.FITTED, maxPassageChars);
    }

    /**
     * Indexes {@code articles}.
     *
     * @param synonymRules  per locale, synonym rules in Solr format ({@code retourneren, terugsturen})
     * @param compoundParts per locale, known word parts for compound splitting, added to the articles' own words
     * @param lexicons      bilingual word lists: a question in a lexicon's {@code from} language is also searched,
     *                      translated word by word, among the articles in its {@code to} language
     * @param confidence    turns a candidate's features into the probability that it is the right article
     */
    static KnowledgeIndex build(List<Article> articles, Map<String, String> synonymRules,
                                Map<String, Set<String>> compoundParts, List<Lexicon> lexicons,
                                ConfidenceModel confidence, int maxPassageChars) {
        Map<String, List<Article>> byLocale = new LinkedHashMap<>();
        articles.forEach(article -> byLocale.computeIfAbsent(article.locale(), l -> new ArrayList<>()).add(article));
        Map<String, LocaleIndex> locales = new LinkedHashMap<>();
        byLocale.forEach((locale, localeArticles) -> locales.put(locale, LocaleIndex.build(locale, localeArticles,
                synonymRules.getOrDefault(locale, ""), compoundParts.getOrDefault(locale, Set.of()))));
        Map<String, Lexicon> byPair = new HashMap<>();
        lexicons.forEach(lexicon -> byPair.put(lexicon.from() + "-" + lexicon.to(), lexicon));
        // In the order the articles name their languages, not Map.copyOf's per-run order: ties and the fit stay reproducible.
        return new KnowledgeIndex(List.copyOf(articles), java.util.Collections.unmodifiableMap(locales), Map.copyOf(byPair), confidence, maxPassageChars,
                locate(articles, locales), null, null, 0, Set.of());
    }

    /**
     * Indexes {@code articles} as {@link #build(List, Map, Map, List, ConfidenceModel, int)} does and, when
     * {@code embedder} is not null, embeds every passage (under its article's title) into a {@link SemanticIndex}:
     * questions are then embedded too, and the nearest articles fused with the lexical ranking by reciprocal rank
     * fusion, the semantic ranks weighing {@code semanticWeight} against the lexical ranks' 1. When embedding the
     * articles fails, the index is lexical only (the embedder has logged and counted why). Only articles in
     * {@code semanticLocales} (all when empty) are embedded, and only questions asked in one of them.
     */
    static KnowledgeIndex build(List<Article> articles, Map<String, String> synonymRules,
                                Map<String, Set<String>> compoundParts, List<Lexicon> lexicons,
                                ConfidenceModel confidence, int maxPassageChars, Embedder embedder, double semanticWeight,
                                Set<String> semanticLocales) {
        KnowledgeIndex lexical = build(articles, synonymRules, compoundParts, lexicons, confidence, maxPassageChars);
        if (embedder == null || articles.isEmpty()) {
            return lexical;
        }
        List<SemanticIndex.Chunk> chunks = new ArrayList<>();
        for (int position = 0; position < lexical.located.size(); position++) {
            IndexedArticle article = lexical.located.get(position).article();
            if (!serves(semanticLocales, article.article.locale())) {
                continue;
            }
            for (int passage = 0; passage < article.passages.size(); passage++) {
                chunks.add(new SemanticIndex.Chunk(position, passage,
                        Passages.truncate(article.article.title() + "\n" + article.passages.get(passage).text, MAX_CHUNK_CHARS)));
            }
        }
        if (chunks.isEmpty()) {
            return lexical;
        }
        Optional<List<float[]>> vectors = embedder.passages(chunks.stream().map(SemanticIndex.Chunk::text).toList());
        if (vectors.isEmpty()) {
            return lexical;
        }
        return new KnowledgeIndex(lexical.articles, lexical.locales, lexical.lexicons, confidence, maxPassageChars, lexical.located,
                SemanticIndex.build(chunks, vectors.get()), embedder, semanticWeight, Set.copyOf(semanticLocales));
    }

    private static boolean serves(Set<String> locales, String locale) {
        return locales.isEmpty() || locales.contains(locale);
    }

    private static List<Located> locate(List<Article> articles, Map<String, LocaleIndex> locales) {
        Map<Article, Located> where = new java.util.IdentityHashMap<>();
        for (LocaleIndex index : locales.values()) {
            index.indexed.forEach(entry -> where.put(entry.article, new Located(index, entry)));
        }
        return articles.stream().map(where::get).toList();
    }

    /** This index with another weight for the semantic ranking in the fusion (for fitting it on dev questions). */
    KnowledgeIndex withSemanticWeight(double weight) {
        return new KnowledgeIndex(articles, locales, lexicons, confidence, maxPassageChars, located, semantic, embedder, weight,
                semanticLocales);
    }

    /** Whether questions are also searched by meaning. */
    boolean semantic() {
        return semantic != null;
    }

    List<Article> articles() {
        return articles;
    }

    Optional<KnowledgeMatch> bestMatch(String question, String preferredLocale) {
        return topMatches(question, preferredLocale, 1).stream().findFirst();
    }

    /**
     * The best candidates over every language, by rank, one per article; ties keep the order in which they were
     * found. The question is searched as written in every language, and translated from {@code preferredLocale}
     * into each language a lexicon leads to. A match's confidence is {@link ConfidenceModel}'s probability that it is
     * the right article.
     */
    List<KnowledgeMatch> topMatches(String question, String preferredLocale, int limit) {
        return scored(question, preferredLocale, limit).stream().map(Scored::match).toList();
    }

    /** A match with the features its confidence was computed from. */
    record Scored(KnowledgeMatch match, ConfidenceModel.Features features, double rankScore, double rankMargin) {
    }

    /** {@link #topMatches} with each match's features: what the confidence model is fitted on. */
    List<Scored> scored(String question, String preferredLocale, int limit) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        Map<String, QueryTerms> asWrittenIn = new HashMap<>();
        Map<String, QueryTerms> translatedInto = new HashMap<>();
        int words = 0;
        for (LocaleIndex index : locales.values()) {
            double bonus = index.locale.equals(preferredLocale) ? PREFERRED_LOCALE_BONUS : 1.0;
            QueryTerms asWritten = QueryTerms.analyze(index.questionAnalyzer, "body", question);
            asWrittenIn.put(index.locale, asWritten);
            if (index.locale.equals(preferredLocale) || words == 0) {
                words = asWritten.groups().size();
            }
            List<Candidate> found = new ArrayList<>(index.candidates(asWritten, bonus, false));
            Lexicon lexicon = index.locale.equals(preferredLocale) ? null : lexicons.get(preferredLocale + "-" + index.locale);
            if (lexicon != null) {
                QueryTerms translated = index.translated(question, lexicon);
                translatedInto.put(index.locale, translated);
                found.addAll(index.candidates(translated, bonus, true));
            }
            for (Candidate candidate : found) {
                best.merge(candidate.indexed.article.id(), candidate, (a, b) -> b.rank > a.rank ? b : a);
            }
        }
        List<Candidate> candidates = new ArrayList<>(best.values());
        candidates.sort(java.util.Comparator.comparingDouble(Candidate::rank).reversed());
        if (semantic != null && serves(semanticLocales, preferredLocale)) {
            candidates = fused(question, preferredLocale, candidates, asWrittenIn, translatedInto);
        }
        boolean fused = semantic != null && serves(semanticLocales, preferredLocale);
        List<Scored> scored = reranked(candidates.subList(0, Math.min(RERANKED, candidates.size())), words, !fused);
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    /**
     * The first candidates with their features, ordered by the fitted ranking score when {@code reorder} (ties keep the
     * order given; with the semantic signal fused in, the fused order stands). The first's confidence is the
     * calibrated probability that it is right; the others' is theirs, capped at the first's.
     */
    private List<Scored> reranked(List<Candidate> candidates, int words, boolean reorder) {
        List<ConfidenceModel.Features> features = new ArrayList<>(candidates.size());
        List<Double> scores = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double bestOther = 0;
            for (int j = 0; j < candidates.size(); j++) {
                bestOther = j == i ? bestOther : Math.max(bestOther, candidates.get(j).share);
            }
            IndexedArticle a = c.indexed;
            Set<String> passage = a.passages.get(c.passage).terms;
            double[] unseen = locales.get(a.article.locale()).unseen(c.coverage);
            ConfidenceModel.Features f = new ConfidenceModel.Features(new double[] {
                    1,
                    c.share,
                    c.headShare,
                    c.share - bestOther,
                    c.bm25,
                    c.coverage.of(a.title, Set.of()),
                    c.coverage.of(a.questionTerms, Set.of()),
                    c.coverage.of(a.head, a.terms),
                    c.coverage.of(a.head, a.terms, 2),
                    unseen[0],
                    unseen[1],
                    c.translated ? 1 : 0,
                    Math.log1p(words),
                    1.0 / (i + 1),
                    c.coverage.pairs(a.head, passage)});
            features.add(f);
            scores.add(confidence.rankScore(f));
        }
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, candidates.size()).boxed().toList());
        if (reorder) {
            // Stable: on equal scores the order of coverage and BM25 stands.
            order.sort(java.util.Comparator.comparingDouble((Integer i) -> scores.get(i)).reversed());
        }
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            double bestOther = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < scores.size(); j++) {
                bestOther = j == i ? bestOther : Math.max(bestOther, scores.get(j));
            }
            double margin = bestOther == Double.NEGATIVE_INFINITY ? 0 : scores.get(i) - bestOther;
            Candidate c = candidates.get(i);
            double probability = position == 0 ? confidence.probability(features.get(i), scores.get(i), margin)
                    : confidence.laterProbability(features.get(i), scores.get(i), margin, scored.get(0).match().confidence());
            scored.add(new Scored(new KnowledgeMatch(c.indexed.article, c.indexed.passageText(c.passage, maxPassageChars),
                    probability), features.get(i), scores.get(i), margin));
        }
        return scored;
    }

    /**
     * The lexical candidates and the articles nearest to the question's embedding, ordered by reciprocal rank fusion:
     * {@code 1 / (k + lexical rank) + weight / (k + semantic rank)}, a list an article is missing from adding nothing.
     * An article only the semantic signal found is described (coverage, for the confidence) as the lexical side
     * would have, with its nearest passage. An article in a language the model does not serve keeps its lexical rank
     * on the semantic side too. When the question cannot be embedded, the lexical candidates as they are.
     */
    private List<Candidate> fused(String question, String preferredLocale, List<Candidate> lexical,
                                  Map<String, QueryTerms> asWrittenIn, Map<String, QueryTerms> translatedInto) {
        Optional<float[]> vector = embedder.question(question);
        if (vector.isEmpty()) {
            return lexical;
        }
        List<SemanticIndex.Hit> hits = semantic.search(vector.get(), SEMANTIC_ARTICLES, SEMANTIC_PASSAGES);
        Map<String, Candidate> byId = new LinkedHashMap<>();
        Map<String, Double> fusion = new HashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            Article article = lexical.get(i).indexed.article;
            byId.put(article.id(), lexical.get(i));
            double unjudged = serves(semanticLocales, article.locale()) ? 0 : semanticWeight;
            fusion.merge(article.id(), (1.0 + unjudged) / (RRF_K + i + 1), Double::sum);
        }
        for (int j = 0; j < hits.size(); j++) {
            Located where = located.get(hits.get(j).article());
            String id = where.article().article.id();
            fusion.merge(id, semanticWeight / (RRF_K + j + 1), Double::sum);
            if (!byId.containsKey(id)) {
                byId.put(id, where.index().described(where.article(), hits.get(j).passage(), asWrittenIn.get(where.index().locale),
                        translatedInto.get(where.index().locale), where.index().locale.equals(preferredLocale) ? PREFERRED_LOCALE_BONUS : 1.0));
            }
        }
        List<Candidate> ordered = new ArrayList<>(byId.values());
        // Stable: on equal fusion scores the lexical order stands.
        ordered.sort(java.util.Comparator.comparingDouble((Candidate c) -> fusion.get(c.indexed.article.id())).reversed());
        return ordered;
    }

    /**
     * An article found for a question: its best passage, the share of the question that passage covers (and the
     * share its head alone covers), whether a lexicon's translation found it, and its rank score.
     */
    private record Candidate(IndexedArticle indexed, int passage, double share, double headShare, boolean translated,
                             double rank, double bm25, Coverage coverage) {
    }

    /**
     * The indexed fields and their weights, BM25F-style: a word in the title or in a customer's example question
     * says more about what the article is for than the same word in its body.
     */
    enum Fields {
        TITLE("title", 2.0f), HEADINGS("headings", 1.3f), TAGS("tags", 1.5f), QUESTIONS("questions", 1.5f), BODY("body", 1.0f);

        final String name;
        final float boost;

        Fields(String name, float boost) {
            this.name = name;
            this.boost = boost;
        }
    }

    /** The articles of one language with their analysis chains, Lucene index and term statistics. */
    private static final class LocaleIndex {
        private final String locale;
        private final Analyzer questionAnalyzer;
        private final IndexSearcher searcher;
        private final List<IndexedArticle> indexed;
        private final Map<String, Integer> documentFrequency;
        /** Lucene's document number to the article's position in {@link #indexed}, read once from the stored field. */
        private final int[] positionOfDocument;
        private final Map<String, Query> fuzzy = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Optional<TermQuery>> exact = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Boolean> nearlyUsed = new java.util.concurrent.ConcurrentHashMap<>();

        private LocaleIndex(String locale, Analyzer questionAnalyzer, IndexSearcher searcher,
                            List<IndexedArticle> indexed, Map<String, Integer> documentFrequency) {
            this.locale = locale;
            this.questionAnalyzer = questionAnalyzer;
            this.searcher = searcher;
            this.indexed = indexed;
            this.documentFrequency = documentFrequency;
            this.positionOfDocument = positions(searcher);
        }

        /**
         * Every document's stored position, read once: per hit it meant decompressing a block of stored fields, for
         * a value that never changes because the index is never written again.
         */
        private static int[] positions(IndexSearcher searcher) {
            try {
                StoredFields stored = searcher.storedFields();
                int[] positions = new int[searcher.getIndexReader().maxDoc()];
                for (int doc = 0; doc < positions.length; doc++) {
                    positions[doc] = stored.document(doc).getField("position").numericValue().intValue();
                }
                return positions;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static LocaleIndex build(String locale, List<Article> articles, String synonymRules, Set<String> knownParts) {
            CharArraySet dictionary = LanguageAnalysis.splitsCompounds(locale)
                    ? compoundDictionary(locale, articles, knownParts) : null;
            Analyzer indexAnalyzer = LanguageAnalysis.analyzer(locale, dictionary, null);
            Analyzer questionAnalyzer = LanguageAnalysis.analyzer(locale, dictionary, synonyms(synonymRules));
            ByteBuffersDirectory directory = oneBufferPerFile();
            List<IndexedArticle> indexed = new ArrayList<>();
            Map<String, Integer> documentFrequency = new HashMap<>();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                    new PerFieldAnalyzerWrapper(indexAnalyzer)))) {
                for (int position = 0; position < articles.size(); position++) {
                    Article article = articles.get(position);
                    IndexedArticle entry = IndexedArticle.analyze(article, indexAnalyzer);
                    indexed.add(entry);
                    entry.terms.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
                    Document document = new Document();
                    document.add(new StoredField("position", position));
                    document.add(new StringField("id", article.id(), Field.Store.NO));
                    document.add(new TextField(Fields.TITLE.name, article.title(), Field.Store.NO));
                    document.add(new TextField(Fields.HEADINGS.name, String.join(" , ", Passages.headings(article.body())), Field.Store.NO));
                    document.add(new TextField(Fields.TAGS.name, String.join(" , ", article.tags()), Field.Store.NO));
                    document.add(new TextField(Fields.QUESTIONS.name, String.join(" , ", article.questions()), Field.Store.NO));
                    document.add(new TextField(Fields.BODY.name, article.body(), Field.Store.NO));
                    writer.addDocument(document);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return new LocaleIndex(locale, questionAnalyzer, new IndexSearcher(DirectoryReader.open(directory)),
                        List.copyOf(indexed), Map.copyOf(documentFrequency));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * An in-memory directory whose files are read from one buffer each. Lucene's default keeps a file as a list of
         * small blocks, and every clone of an input (one per term lookup: a question's terms times fields times
         * near-spellings) duplicates the whole list; the turn profile had a fifth of retrieval's time in those
         * duplicates. The index is written once and never changes, so one contiguous buffer per file costs nothing.
         */
        private static ByteBuffersDirectory oneBufferPerFile() {
            return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        }

        /** Whether some article of this language uses a word one edit from {@code word}; remembered, bounded. */
        private boolean nearlyUsed(String word) {
            return remembered(nearlyUsed, word, MAX_CACHED_FUZZY, () -> searcher.count(nearSpellings(Fields.BODY.name, word)) > 0
                    || searcher.count(nearSpellings(Fields.TITLE.name, word)) > 0);
        }

        /**
         * The IDF share of the question's words that no article of this language uses, as a word, a synonym, a compound
         * part or one edit away, and 1 when one of them has six letters or more (else 0): a question about
         * "afvalstoffenheffing" is about something the knowledge base never names.
         */
        double[] unseen(Coverage coverage) {
            double total = 0;
            double unseen = 0;
            boolean longWord = false;
            for (QueryTerms.Group group : coverage.question().groups()) {
                double weight = coverage.idf(group.original());
                total += weight;
                boolean known = documentFrequency.containsKey(group.original())
                        || group.synonyms().stream().anyMatch(documentFrequency::containsKey)
                        || group.parts().stream().anyMatch(documentFrequency::containsKey)
                        || group.original().length() >= Coverage.MIN_FUZZY_LENGTH
                        && nearlyUsed(group.original());
                if (!known) {
                    unseen += weight;
                    longWord |= group.original().length() >= 6;
                }
            }
            return new double[] {total == 0 ? 0 : unseen / total, longWord ? 1 : 0};
        }

        /**
         * {@code question}, written in the lexicon's {@code from} language, as this language's terms: one group per
         * question word holding every analysed term of its translations (a word the lexicon does not know, such as
         * a product name, stays as written).
         */
        QueryTerms translated(String question, Lexicon lexicon) {
            List<QueryTerms.Group> groups = new ArrayList<>();
            for (String word : tokens(LanguageAnalysis.plain(lexicon.from()), question)) {
                List<String> translations = lexicon.translate(word);
                Set<String> terms = new java.util.LinkedHashSet<>();
                for (String translation : translations.isEmpty() ? List.of(word) : translations) {
                    QueryTerms.analyze(questionAnalyzer, "body", translation).groups().forEach(group -> terms.addAll(group.all()));
                }
                if (!terms.isEmpty()) {
                    String original = terms.iterator().next();
                    terms.remove(original);
                    groups.add(new QueryTerms.Group(original, Set.copyOf(terms), Set.of()));
                }
                if (groups.size() == QueryTerms.MAX_GROUPS) {
                    break;
                }
            }
            return new QueryTerms(List.copyOf(groups));
        }

        /**
         * {@code article} described as a candidate for a question with these terms, at {@code passage}: the coverage of
         * the question as written or, when that is higher, as translated ({@code translated} may be null).
         */
        Candidate described(IndexedArticle article, int passage, QueryTerms asWritten, QueryTerms translated, double bonus) {
            double share = 0;
            double headShare = 0;
            boolean byTranslation = false;
            Coverage chosen = null;
            for (QueryTerms terms : java.util.Arrays.asList(asWritten, translated)) {
                if (terms == null || terms.isEmpty()) {
                    continue;
                }
                Coverage coverage = new Coverage(terms, documentFrequency, indexed.size());
                double candidateShare = article.share(coverage, passage);
                if (candidateShare > share || chosen == null) {
                    chosen = coverage;
                    share = candidateShare;
                    headShare = coverage.of(article.head, Set.of());
                    byTranslation = terms == translated;
                }
            }
            if (chosen == null) {
                chosen = new Coverage(new QueryTerms(List.of()), documentFrequency, indexed.size());
            }
            return new Candidate(article, passage, share, headShare, byTranslation, COVERAGE_WEIGHT * share * bonus, 0, chosen);
        }

        List<Candidate> candidates(QueryTerms terms, double bonus, boolean translated) {
            if (terms.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String term : terms.distinctTerms()) {
                for (Fields field : Fields.values()) {
                    TermQuery exact = exactly(field.name, term);
                    if (exact != null) {
                        query.add(boosted(exact, field.boost), BooleanClause.Occur.SHOULD);
                    }
                }
                if (term.length() >= Coverage.MIN_FUZZY_LENGTH) {
                    query.add(boosted(nearSpellings(Fields.BODY.name, term), 0.3f), BooleanClause.Occur.SHOULD);
                    query.add(boosted(nearSpellings(Fields.TITLE.name, term), 0.6f), BooleanClause.Occur.SHOULD);
                }
            }
            ScoreDoc[] hits;
            try {
                hits = searcher.search(query.build(), CANDIDATES).scoreDocs;
                if (hits.length == 0) {
                    return List.of();
                }
                Coverage coverage = new Coverage(terms, documentFrequency, indexed.size());
                float top = hits[0].score;
                List<Candidate> candidates = new ArrayList<>(hits.length);
                for (ScoreDoc hit : hits) {
                    IndexedArticle article = indexed.get(positionOfDocument[hit.doc]);
                    int passage = article.bestPassage(coverage);
                    double share = article.share(coverage, passage);
                    double rank = (COVERAGE_WEIGHT * share + (1 - COVERAGE_WEIGHT) * hit.score / top) * bonus;
                    candidates.add(new Candidate(article, passage, share, coverage.of(article.head, Set.of()), translated, rank,
                            hit.score / top, coverage));
                }
                return candidates;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BooleanQuery.TooManyClauses e) {
                return List.of();
            }
        }

        /**
         * The words of {@code field} one edit from {@code term}: a {@link FuzzyQuery} rewritten against this index once
         * and kept, since the index never changes and building its automata is most of a question's search time. The
         * rewritten query scores exactly as the fuzzy query would. Bounded: emptied when full.
         */
        private Query nearSpellings(String field, String term) {
            return remembered(fuzzy, field + '\u0000' + term, MAX_CACHED_FUZZY,
                    () -> searcher.rewrite(new FuzzyQuery(new Term(field, term), 1, 1)));
        }

        /**
         * The query for {@code term} in {@code field} with its term statistics looked up once and kept, or null when no
         * article has the term in that field (such a clause can match nothing, so leaving it out changes no score).
         * Looking a term up in the terms dictionary was most of a search's time: a question's words times five fields,
         * in two languages, again for every question. The index never changes, so the statistics never go stale.
         * Bounded like the near-spellings: emptied when full.
         */
        private TermQuery exactly(String field, String term) {
            return remembered(exact, field + '\u0000' + term, MAX_CACHED_TERMS, () -> {
                Term indexed = new Term(field, term);
                TermStates states = TermStates.build(searcher, indexed, true);
                return states.docFreq() == 0 ? Optional.<TermQuery>empty() : Optional.of(new TermQuery(indexed, states));
            }).orElse(null);
        }

        /**
         * The value kept for {@code key}, or {@code compute}'s, kept: the index never changes, so nothing kept goes stale.
         * Bounded: the map is emptied when it holds {@code max} entries. Not {@code computeIfAbsent}: one computation
         * (a near-spelling count) fills another of these maps.
         */
        private static <V> V remembered(Map<String, V> kept, String key, int max, IndexWork<V> compute) {
            V value = kept.get(key);
            if (value == null) {
                if (kept.size() >= max) {
                    kept.clear();
                }
                try {
                    value = compute.get();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                kept.put(key, value);
            }
            return value;
        }

        /** Work on the index, which may fail with an {@link IOException}. */
        @FunctionalInterface
        private interface IndexWork<V> {
            V get() throws IOException;
        }

        private static Query boosted(Query query, float boost) {
            return new BoostQuery(query, boost);
        }

        private static SynonymMap synonyms(String rules) {
            if (rules.isBlank()) {
                return null;
            }
            try {
                SolrSynonymParser parser = new SolrSynonymParser(true, true, LanguageAnalysis.synonymEntryAnalyzer());
                parser.parse(new StringReader(rules));
                return parser.build();
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage(), e);
            }
        }

        /** The knowledge base's own words plus known parts: the parts compounds are split into. */
        private static CharArraySet compoundDictionary(String locale, List<Article> articles, Set<String> knownParts) {
            CharArraySet stopWords = LanguageAnalysis.stopWords(locale);
            Set<String> words = new HashSet<>(knownParts);
            Analyzer plain = LanguageAnalysis.analyzer("xx", null, null);
            for (Article article : articles) {
                for (String word : tokens(plain, article.title() + "\n" + article.body())) {
                    if (word.length() >= 4 && word.length() <= 15 && !stopWords.contains(word)
                            && word.chars().allMatch(Character::isLetter)) {
                        words.add(word);
                    }
                }
            }
            return new CharArraySet(words, true);
        }
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * An article with the analysed terms of the whole article (for document frequencies), of its title, tags and
     * example questions, and of each passage: a question is covered by one passage under its title, not by words
     * scattered over a long article.
     */
    private static final class IndexedArticle {
        private final Article article;
        private final Set<String> terms;
        private final Set<String> head;
        private final Set<String> title;
        private final Set<String> questionTerms;
        private final List<Passage> passages;

        private IndexedArticle(Article article, Set<String> terms, Set<String> head, Set<String> title, Set<String> questionTerms,
                               List<Passage> passages) {
            this.article = article;
            this.terms = terms;
            this.head = head;
            this.title = title;
            this.questionTerms = questionTerms;
            this.passages = passages;
        }

        static IndexedArticle analyze(Article article, Analyzer analyzer) {
            Set<String> title = Set.copyOf(tokens(analyzer, article.title()));
            Set<String> head = new HashSet<>(title);
            article.tags().forEach(tag -> head.addAll(tokens(analyzer, tag)));
            Set<String> questionTerms = new HashSet<>();
            article.questions().forEach(question -> questionTerms.addAll(tokens(analyzer, question)));
            // Example questions are how customers name the topic: as telling as the title.
            head.addAll(questionTerms);
            Set<String> terms = new HashSet<>(head);
            List<Passage> passages = new ArrayList<>();
            List<String> texts = Passages.split(article.body());
            if (texts.isEmpty()) {
                texts = List.of(Passages.plainText(article.body()));
            }
            for (String text : texts) {
                Set<String> passageTerms = Set.copyOf(tokens(analyzer, text));
                terms.addAll(passageTerms);
                passages.add(new Passage(text, passageTerms));
            }
            return new IndexedArticle(article, Set.copyOf(terms), Set.copyOf(head), title, Set.copyOf(questionTerms),
                    List.copyOf(passages));
        }

        /** The index of the passage that covers most of the question; the first on a tie (articles lead with the answer). */
        int bestPassage(Coverage coverage) {
            int best = 0;
            double bestShare = -1;
            for (int i = 0; i < passages.size(); i++) {
                double share = coverage.of(head, passages.get(i).terms);
                if (share > bestShare) {
                    best = i;
                    bestShare = share;
                }
            }
            return best;
        }

        double share(Coverage coverage, int passage) {
            return coverage.of(head, passages.get(passage).terms);
        }

        String passageText(int passage, int maxChars) {
            String text = passages.get(passage).text;
            // A very short passage (a one-line heading answer) reads better with the one after it.
            if (text.length() < Passages.SHORT && passage + 1 < passages.size()) {
                text = text + "\n" + passages.get(passage + 1).text;
            }
            return Passages.truncate(text, maxChars);
        }
    }

    private record Passage(String text, Set<String> terms) {
    }
}

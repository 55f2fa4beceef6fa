package nl.helder.server.knowledge.internal;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base's passages as vectors in a Lucene {@link KnnFloatVectorField} (one document per passage,
 * unit-length vectors, dot product), searched for a question's vector. Immutable once built; thread-safe.
 */
final class SemanticIndex {

    static final String VECTOR = "vector";
    /** Providers' models go up to 3,072 dimensions (OpenAI's text-embedding-3-large); Lucene's default format stops at 1,024. */
    static final int MAX_DIMENSIONS = 4096;

    /** One passage of one article: {@code article} is the article's position in the knowledge base. */
    record Chunk(int article, int passage, String text) {
    }

    /** An article's nearest passage and its cosine similarity to the question. */
    record Hit(int article, int passage, double similarity) {
    }

    private final IndexSearcher searcher;
    private final int dimension;

    private SemanticIndex(IndexSearcher searcher, int dimension) {
        this.searcher = searcher;
        this.dimension = dimension;
    }

    /** Indexes {@code chunks} with their {@code vectors} (same order, same length, normalised). */
    static SemanticIndex build(List<Chunk> chunks, List<float[]> vectors) {
        if (chunks.size() != vectors.size() || chunks.isEmpty()) {
            throw new IllegalArgumentException("one vector per chunk, at least one: " + chunks.size() + " chunks, " + vectors.size() + " vectors");
        }
        int dimension = vectors.get(0).length;
        if (dimension > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("embeddings of " + dimension + " dimensions: at most " + MAX_DIMENSIONS);
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setCodec(CODEC);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < chunks.size(); i++) {
                Document document = new Document();
                document.add(new StoredField("article", chunks.get(i).article()));
                document.add(new StoredField("passage", chunks.get(i).passage()));
                document.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new SemanticIndex(new IndexSearcher(DirectoryReader.open(directory)), dimension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The articles whose passages are nearest to {@code question} (normalised), nearest first, each with its nearest
     * passage: at most {@code articles}, from the nearest {@code passages} passages. Empty when the question's vector
     * does not have the passages' dimension (the model was changed without a re-import).
     */
    List<Hit> search(float[] question, int articles, int passages) {
        if (question.length != dimension) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(VECTOR, question, passages), passages).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Map<Integer, Hit> best = new LinkedHashMap<>();
            for (ScoreDoc hit : hits) {
                Document document = stored.document(hit.doc);
                int article = document.getField("article").numericValue().intValue();
                // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
                best.putIfAbsent(article, new Hit(article, document.getField("passage").numericValue().intValue(), 2.0 * hit.score - 1));
                if (best.size() == articles) {
                    break;
                }
            }
            return new ArrayList<>(best.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lucene's default codec with its HNSW vector format allowed {@value #MAX_DIMENSIONS} dimensions. The format
     * keeps the default's name, so the segments read back with the default reader.
     */
    private static final Codec CODEC = new Lucene912Codec() {
        private final KnnVectorsFormat wide = new KnnVectorsFormat(new Lucene99HnswVectorsFormat().getName()) {
            private final KnnVectorsFormat delegate = new Lucene99HnswVectorsFormat();

            @Override
            public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
                return delegate.fieldsWriter(state);
            }

            @Override
            public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
                return delegate.fieldsReader(state);
            }

            @Override
            public int getMaxDimensions(String fieldName) {
                return MAX_DIMENSIONS;
            }
        };

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return wide;
        }
    };
}

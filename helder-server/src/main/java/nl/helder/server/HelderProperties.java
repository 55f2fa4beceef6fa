package nl.helder.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where this instance keeps its data and finds its knowledge base.
 *
 * @param dataDir the folder of the embedded database (and any other local state); several instances need
 *                different folders
 * @param kb      a folder or file of knowledge-base articles that replaces the knowledge base at start;
 *                empty to keep what the database holds (the bundled demo on a first start)
 */
@ConfigurationProperties("helder")
public record HelderProperties(@DefaultValue("./data") Path dataDir, Path kb) {
}

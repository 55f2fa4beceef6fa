package nl.helder.server.storage.internal;

import nl.helder.server.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Refuses to start on a PostgreSQL server that does not force its writes to disk ({@code fsync=off}): no
 * setting on Helder's side can make its commits survive a power cut. Also confirms that the sessions commit
 * synchronously, which {@link DurableStorage} arranges.
 */
final class PostgresDurabilityCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PostgresDurabilityCheck.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final StorageProperties properties;

    PostgresDurabilityCheck(DataSource dataSource, JdbcClient jdbc, StorageProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.durableCommits() || !"PostgreSQL".equals(product())) {
            return;
        }
        String fsync = jdbc.sql("SHOW fsync").query(String.class).single();
        String synchronousCommit = jdbc.sql("SHOW synchronous_commit").query(String.class).single();
        if (!"on".equals(fsync)) {
            String problem = "The PostgreSQL server runs with fsync=" + fsync + ": confirmed conversations and audit entries "
                    + "would be lost in a power cut. Set fsync=on in postgresql.conf (or helder.storage.allow-unsafe-server=true "
                    + "for a throw-away test server).";
            if (!properties.allowUnsafeServer()) {
                throw new IllegalStateException(problem);
            }
            log.warn(problem);
        }
        if ("off".equals(synchronousCommit) || "local".equals(synchronousCommit)) {
            log.warn("PostgreSQL sessions commit with synchronous_commit={}; confirmed writes may be lost", synchronousCommit);
        }
    }

    private String product() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
    }
}

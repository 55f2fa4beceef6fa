package nl.helder.server.storage.internal;

import com.zaxxer.hikari.HikariDataSource;
import nl.helder.server.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes the application's {@link DataSource} durable before any feature (or Flyway) uses it.
 * <ul>
 *   <li><b>H2 file database</b>: connections are wrapped ({@link DurableConnections}) so that a commit that changed
 *       something returns only once {@link H2Sync} has written it to the file and forced the file to disk, a write
 *       and an {@code fsync} shared with concurrent commits ({@link GroupSync}) and issued on a connection of its own
 *       so that a full pool can never block it.</li>
 *   <li><b>PostgreSQL</b>: every pooled connection starts with {@code SET synchronous_commit TO on}, so a server or
 *       role configured for asynchronous commits cannot lose confirmed writes; {@link PostgresDurabilityCheck}
 *       refuses a server with {@code fsync=off}.</li>
 * </ul>
 * A post-processor rather than a bean of our own because Boot's auto-configured pool must stay the one every
 * feature, Flyway and Spring Session already receive.
 */
final class DurableStorage implements BeanPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DurableStorage.class);

    private final Environment environment;
    private final List<H2Sync> syncs = new CopyOnWriteArrayList<>();

    DurableStorage(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool) || !properties().durableCommits()) {
            return bean;
        }
        String url = pool.getJdbcUrl();
        if (url == null) {
            return bean;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            if (pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql("SET synchronous_commit TO on");
            }
            return bean;
        }
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")) {
            H2Sync sync = new H2Sync(url, pool.getUsername(), pool.getPassword());
            syncs.add(sync);
            log.info("Commits on the H2 database are forced to disk before they are confirmed (grouped fsync)");
            return new DurableConnections(pool, new GroupSync(sync));
        }
        return bean;
    }

    /**
     * Closes the syncs this made. A post-processor is destroyed after the beans it processed (it was registered
     * before them), so the pool has closed its connections by now and the sync's is the database's last.
     */
    @Override
    public void destroy() {
        syncs.forEach(H2Sync::close);
        syncs.clear();
    }

    private StorageProperties properties() {
        return Binder.get(environment).bind("helder.storage", StorageProperties.class)
                .orElseGet(() -> new StorageProperties(true, false));
    }
}

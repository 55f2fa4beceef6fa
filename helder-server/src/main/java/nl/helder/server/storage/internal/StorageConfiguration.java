package nl.helder.server.storage.internal;

import nl.helder.server.storage.StorageProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    /** Static: a post-processor must exist before the data source it wraps is created. */
    @Bean
    static DurableStorage durableStorage(Environment environment) {
        return new DurableStorage(environment);
    }

    /** Named so the health component is {@code storage} (Boot drops the "HealthIndicator" suffix only). */
    @Bean
    HealthIndicator storageHealthIndicator(DataSource dataSource) {
        return new StorageHealth(dataSource);
    }

    @Bean
    PostgresDurabilityCheck postgresDurabilityCheck(DataSource dataSource, JdbcClient jdbc, StorageProperties properties) {
        return new PostgresDurabilityCheck(dataSource, jdbc, properties);
    }
}

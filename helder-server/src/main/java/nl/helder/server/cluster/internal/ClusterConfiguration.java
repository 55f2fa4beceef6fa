package nl.helder.server.cluster.internal;

import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.cluster.ClusterProperties;
import nl.helder.server.cluster.RateLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Several nodes exist only on PostgreSQL (the embedded H2 database belongs to one process): there the broadcasts
 * and, unless switched off, the rate limits go through the database; on H2 nothing is broadcast and limits count
 * in memory.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    @Conditional(OnPostgres.class)
    PostgresBroadcasts postgresBroadcasts(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction,
                                          ApplicationEventPublisher events, ClusterProperties properties, MeterRegistry meters) {
        return new PostgresBroadcasts(dataSource, jdbc, transaction, events, properties, meters);
    }

    @Bean
    RateLimits rateLimits(DataSource dataSource, ClusterProperties properties, ObjectProvider<Clock> clock) {
        if (properties.sharedLimits() && OnPostgres.isPostgres(dataSource)) {
            return new SharedRateLimits(dataSource);
        }
        return new LocalRateLimits(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ClusterHousekeeping clusterHousekeeping(ObjectProvider<PostgresBroadcasts> broadcasts, RateLimits limits) {
        return new ClusterHousekeeping(broadcasts.getIfAvailable(), limits instanceof SharedRateLimits shared ? shared : null);
    }
}

package nl.helder.server.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How nodes on one PostgreSQL keep each other informed.
 *
 * @param listenRetry   how long to wait before listening again after the connection that receives the other
 *                      nodes' broadcasts broke
 * @param sharedLimits  count rate limits in the database on PostgreSQL (one more short transaction per limited
 *                      request); off counts per node, so N nodes allow N times the limit
 */
@ConfigurationProperties("helder.cluster")
public record ClusterProperties(@DefaultValue("2s") Duration listenRetry, @DefaultValue("true") boolean sharedLimits) {
}

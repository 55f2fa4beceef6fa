/**
 * What several Helder nodes on one PostgreSQL share beyond their tables: live updates and rate limits.
 * <p>
 * An event that implements {@link nl.helder.server.cluster.Broadcast} and is published in a transaction reaches
 * the listeners of every other node once that transaction commits (PostgreSQL {@code LISTEN/NOTIFY}, sent within
 * the committing transaction, so an update that rolled back is never announced). Rate limits from
 * {@link nl.helder.server.cluster.RateLimits} count across nodes (Bucket4j on PostgreSQL). On the embedded H2
 * database there is one node, and both stay in memory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package nl.helder.server.cluster;

package nl.helder.server.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much a confirmed write is worth.
 *
 * @param durableCommits    a commit that changed something reaches stable storage (fsync) before the caller is told
 *                          it succeeded: grouped on H2, {@code synchronous_commit=on} on PostgreSQL. Switch off only
 *                          for throw-away test environments: confirmed conversations and audit entries can then be
 *                          lost in a crash
 * @param allowUnsafeServer start even when the PostgreSQL server itself does not force writes to disk
 *                          ({@code fsync=off}); the default refuses to start, because no setting of Helder's can make
 *                          such a server durable
 */
@ConfigurationProperties("helder.storage")
public record StorageProperties(@DefaultValue("true") boolean durableCommits, @DefaultValue("false") boolean allowUnsafeServer) {
}

/**
 * Storage guarantees: an acknowledged write is on disk before the client hears of it. On the embedded H2
 * database commits are written at once and forced to disk in groups before the committing call returns; on
 * PostgreSQL every session commits synchronously and the start refuses a server that does not force writes.
 * The feature has no API of its own: it wraps the {@link javax.sql.DataSource} every feature already uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package nl.helder.server.storage;

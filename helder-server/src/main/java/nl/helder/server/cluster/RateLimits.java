package nl.helder.server.cluster;

/**
 * Makes rate limits: in memory with one node (H2), in the database with several (PostgreSQL), so a client gets
 * the limit once, not once per node.
 */
public interface RateLimits {

    /**
     * A limit of {@code perMinute} requests a minute per key, bursts up to the same number.
     *
     * @param name distinguishes limits whose keys could be equal (e.g. "turns", "starts")
     */
    RateLimit perMinute(String name, int perMinute);
}

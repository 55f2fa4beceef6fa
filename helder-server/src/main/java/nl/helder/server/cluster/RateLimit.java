package nl.helder.server.cluster;

/** A token bucket per key (a conversation, a client address), shared by every node where the database allows. */
public interface RateLimit {

    /** Takes one token for {@code key}; returns 0 when allowed, else the seconds to wait before the next one. */
    long acquire(String key);
}

package nl.helder.server.storage;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/**
 * Ids for the rows a customer turn inserts (messages, audit entries, kept values, open questions): UUIDs of
 * version 7 (RFC 9562), whose first 48 bits are the time in milliseconds; within a millisecond this JVM's ids
 * count up from a random start (JUG's {@code TimeBasedEpochGenerator}), the rest is random.
 * <p>
 * Why not {@link UUID#randomUUID()}: a random key lands on a random page of its index, so every insert dirties a
 * page of its own, and each write of the database (H2 rewrites every changed page; PostgreSQL logs it) carries one
 * page per row. Keys that grow with time land on the index's last page, which several turns share (issue 18).
 * Unique as a random UUID is for all practical purposes; not secret: none of these ids grants access to
 * anything, a conversation's own bearer token does. Conversation ids stay random.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    /** A new version-7 UUID, larger than every earlier one this JVM gave (unless the clock went back). */
    public static UUID next() {
        return GENERATOR.generate();
    }
}

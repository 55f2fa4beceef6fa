package nl.helder.server.audit;

import java.time.Instant;

/**
 * The result of checking the audit trail's hash chain and comparing it with the newest signed checkpoint kept
 * outside the database.
 *
 * @param valid              true when every entry's hash matches its content and links to the one before, the newest
 *                           entry is the recorded head, and every checkpoint's entry is present with the hash it recorded
 * @param entries            how many entries the trail holds
 * @param firstBrokenEntry   the position ({@code seq}) of the first entry that does not fit or is missing, or {@code null}
 * @param problem            what is wrong there, or {@code null}
 * @param checkpointPosition the position the newest checkpoint recorded, or {@code null} when there is none yet
 * @param checkpointAt       when that checkpoint was written, or {@code null}
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry, String problem, Long checkpointPosition,
                                Instant checkpointAt) {
}

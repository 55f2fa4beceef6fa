package nl.helder.server.audit;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param valid            true when every entry's hash matches its content and links to the one before, and the
 *                         newest entry is the recorded head
 * @param entries          how many entries the trail holds
 * @param firstBrokenEntry the position ({@code seq}) of the first entry that does not fit, or {@code null}
 * @param problem          what is wrong there, or {@code null}
 */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry, String problem) {
}

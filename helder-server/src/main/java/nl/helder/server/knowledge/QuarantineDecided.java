package nl.helder.server.knowledge;

import java.time.Instant;

/** Published, in the decision's transaction, when an administrator releases or removes a quarantined article. */
public record QuarantineDecided(String articleId, Decision decision, String actor, Instant at) {

    public enum Decision {
        /** The article was judged harmless and is now indexed and answered from. */
        RELEASED,
        /** The article was taken out of the quarantine and is not served. */
        REMOVED
    }
}

/**
 * Data-subject rights and storage limitation: the privacy statement shown to customers, retention of
 * transcripts, and export and erasure on request. Detection and redaction themselves happen in every turn,
 * with helder-guard's privacy guard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.helder.server.privacy;

/**
 * The audit trail: evidence of guard decisions, disclosures, erasures and administrative actions, recorded in
 * the same transaction as the change it describes, and never containing the personal data itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.helder.server.audit;

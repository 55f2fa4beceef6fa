/**
 * E-mail as a channel: support mailboxes read over IMAP and answered over SMTP. Each e-mail is a customer turn of
 * the conversation feature (the same guards, the same turn policy, the same agents' queue and audit trail); this
 * feature parses mail, keeps threads together, holds drafts for people to approve and sends replies that say an AI
 * wrote them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-mail channel")
package nl.helder.server.mail;

package nl.helder.server.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The support mailboxes Helder reads and answers.
 *
 * @param mailboxes              the mailboxes; none configured: the e-mail channel is off
 * @param pollInterval           how often each mailbox is read
 * @param repliesPerSenderPerHour the loop guard: at most this many automatic replies to one address per hour
 * @param maxAttachmentBytes     a larger attachment is listed for the agent as too large and never read
 * @param batchSize              at most this many new messages are taken from a mailbox per run
 * @param timeout                how long a mail server may take to connect or answer one command
 */
@ConfigurationProperties("helder.email")
public record MailProperties(List<Mailbox> mailboxes,
                             @DefaultValue("60s") Duration pollInterval,
                             @DefaultValue("3") int repliesPerSenderPerHour,
                             @DefaultValue("10485760") long maxAttachmentBytes,
                             @DefaultValue("200") int batchSize,
                             @DefaultValue("30s") Duration timeout) {

    public MailProperties {
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        Set<String> addresses = new HashSet<>();
        for (Mailbox mailbox : mailboxes) {
            if (!addresses.add(mailbox.address().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("helder.email.mailboxes: the address " + mailbox.address() + " is configured twice");
            }
        }
        if (repliesPerSenderPerHour < 1) {
            throw new IllegalArgumentException("helder.email.replies-per-sender-per-hour must be at least 1");
        }
        if (batchSize < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("helder.email.batch-size and helder.email.poll-interval must be positive");
        }
    }

    /** DRAFT: a person approves every reply. AUTO: a confident answer is sent at once; anything else as in DRAFT. */
    public enum Mode {
        DRAFT, AUTO
    }

    /**
     * One support mailbox.
     *
     * @param address    the mailbox's address: replies come from it, and it identifies the mailbox
     * @param name       the display name replies come from
     * @param locale     the language of a customer whose e-mail's language is not recognised
     * @param mode       DRAFT (the default) or AUTO
     * @param contactUrl a page where the customer reaches a person, named in every AI-written reply; optional
     * @param imap       where the mail is read
     * @param smtp       where replies are sent
     * @param knowledgeTags the knowledge base's tags this mailbox answers from (an article with any of them is in
     *                   scope), e.g. {@code retour, bezorging} for a returns desk; empty: the whole knowledge base
     */
    public record Mailbox(String address, @DefaultValue("Klantenservice") String name, @DefaultValue("nl") String locale,
                          @DefaultValue("DRAFT") Mode mode, String contactUrl, Server imap, Server smtp, List<String> knowledgeTags) {

        public Mailbox {
            knowledgeTags = knowledgeTags == null ? List.of() : List.copyOf(knowledgeTags);
            if (address == null || !address.contains("@")) {
                throw new IllegalArgumentException("helder.email.mailboxes[].address must be an e-mail address, not " + address);
            }
            if (imap == null || imap.host() == null || smtp == null || smtp.host() == null) {
                throw new IllegalArgumentException("helder.email.mailboxes[] " + address + " needs imap.host and smtp.host");
            }
        }
    }

    /**
     * A mail server.
     *
     * @param port        0: the protocol's default
     * @param password    the password, or leave it out and give {@code oauth2Token} (XOAUTH2)
     * @param oauth2Token an OAuth2 access token, used instead of the password when set
     * @param ssl         TLS from the start (IMAPS, SMTPS); otherwise STARTTLS is used when the server offers it
     * @param folder      the folder read (IMAP only)
     */
    public record Server(String host, @DefaultValue("0") int port, String username, String password, String oauth2Token,
                         @DefaultValue("false") boolean ssl, @DefaultValue("INBOX") String folder) {

        @Override
        public String toString() {
            return "Server[host=" + host + ", port=" + port + ", username=" + username + ", ssl=" + ssl + ", folder=" + folder + "]";
        }

        /** The secret to log in with: the OAuth2 token when there is one. */
        public String secret() {
            return oauth2Token != null && !oauth2Token.isBlank() ? oauth2Token : password;
        }

        public boolean oauth2() {
            return oauth2Token != null && !oauth2Token.isBlank();
        }
    }
}

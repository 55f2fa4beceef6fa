package nl.helder.server.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import nl.helder.server.mail.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connections to each mailbox's servers through Jakarta Mail (Angus Mail): an IMAP store to read, a Spring
 * {@link JavaMailSenderImpl} to send. Password or OAuth2 (XOAUTH2) as configured; STARTTLS when the server offers it.
 */
@Component
class MailServers {

    private final MailProperties properties;
    private final Map<String, JavaMailSenderImpl> senders = new ConcurrentHashMap<>();
    private final String timeout;

    MailServers(MailProperties properties) {
        this.properties = properties;
        this.timeout = Long.toString(properties.timeout().toMillis());
    }

    Optional<MailProperties.Mailbox> mailbox(String address) {
        return properties.mailboxes().stream().filter(mailbox -> mailbox.address().equalsIgnoreCase(address)).findFirst();
    }

    /** A connected IMAP store of the mailbox; the caller closes it. */
    Store connect(MailProperties.Mailbox mailbox) throws MessagingException {
        MailProperties.Server imap = mailbox.imap();
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties settings = new Properties();
        settings.put("mail.store.protocol", protocol);
        settings.put("mail." + protocol + ".connectiontimeout", timeout);
        settings.put("mail." + protocol + ".timeout", timeout);
        settings.put("mail." + protocol + ".starttls.enable", "true");
        settings.put("mail." + protocol + ".partialfetch", "false");
        if (imap.oauth2()) {
            settings.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
        }
        Store store = Session.getInstance(settings).getStore(protocol);
        store.connect(imap.host(), imap.port() == 0 ? -1 : imap.port(), imap.username(), imap.secret());
        return store;
    }

    JavaMailSenderImpl sender(MailProperties.Mailbox mailbox) {
        return senders.computeIfAbsent(mailbox.address(), address -> {
            MailProperties.Server smtp = mailbox.smtp();
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(smtp.host());
            if (smtp.port() > 0) {
                sender.setPort(smtp.port());
            }
            sender.setProtocol(smtp.ssl() ? "smtps" : "smtp");
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.secret());
            sender.setDefaultEncoding("UTF-8");
            Properties settings = new Properties();
            String protocol = smtp.ssl() ? "smtps" : "smtp";
            settings.put("mail." + protocol + ".auth", Boolean.toString(smtp.username() != null));
            settings.put("mail." + protocol + ".starttls.enable", "true");
            settings.put("mail." + protocol + ".connectiontimeout", timeout);
            settings.put("mail." + protocol + ".timeout", timeout);
            settings.put("mail." + protocol + ".writetimeout", timeout);
            if (smtp.oauth2()) {
                settings.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
            }
            sender.setJavaMailProperties(settings);
            return sender;
        });
    }
}

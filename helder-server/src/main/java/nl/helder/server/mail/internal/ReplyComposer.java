package nl.helder.server.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.helder.server.assistant.Source;
import nl.helder.server.mail.MailProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a reply e-mail. An AI-written reply opens with a line in the customer's language saying so (and, for an
 * approved draft, that a person checked it), says how to reach a person, and lists its sources. It goes out as plain
 * text and simple HTML (paragraphs and links, every customer-derived text escaped), in the thread
 * ({@code In-Reply-To}, {@code References}), and an unchecked AI reply carries {@code Auto-Submitted: auto-replied}
 * (RFC 3834) so other systems' auto-responders do not answer it.
 */
@Component
class ReplyComposer {

    /** The reply's text in both forms; {@code plain} is also its disclosure evidence. */
    record Composed(String plain, String html) {
    }

    private final MessageSource messages;

    ReplyComposer(MessageSource messages) {
        this.messages = messages;
    }

    Composed compose(MailStore.Reply reply, MailProperties.Mailbox mailbox) {
        Locale language = Locale.forLanguageTag(reply.locale());
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(HtmlUtils.htmlEscape(reply.locale()))
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        if (reply.author() != MailStore.Author.PERSON) {
            String disclosure = messages.getMessage(reply.author() == MailStore.Author.AI_CHECKED ? "email.disclosure.checked"
                    : "email.disclosure", null, language);
            plain.append(disclosure).append("\n\n");
            html.append("<p style=\"border-left:4px solid #555;padding-left:8px\"><strong>")
                    .append(HtmlUtils.htmlEscape(disclosure)).append("</strong></p>");
        }
        plain.append(reply.body().strip()).append("\n\n");
        for (String paragraph : reply.body().strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        List<Source> sources = reply.sources();
        if (!sources.isEmpty()) {
            String heading = messages.getMessage("email.sources", null, language);
            plain.append(heading).append('\n');
            html.append("<p>").append(HtmlUtils.htmlEscape(heading)).append("</p><ul>");
            for (Source source : sources) {
                plain.append("- ").append(source.title()).append(": ").append(source.url()).append('\n');
                html.append("<li>");
                if (source.url().startsWith("https://") || source.url().startsWith("http://")) {
                    html.append("<a href=\"").append(HtmlUtils.htmlEscape(source.url())).append("\">")
                            .append(HtmlUtils.htmlEscape(source.title())).append("</a>");
                } else {
                    html.append(HtmlUtils.htmlEscape(source.title()));
                }
                html.append("</li>");
            }
            html.append("</ul>");
            plain.append('\n');
        }
        if (reply.author() != MailStore.Author.PERSON) {
            String person = mailbox.contactUrl() == null || mailbox.contactUrl().isBlank()
                    ? messages.getMessage("email.person", null, language)
                    : messages.getMessage("email.person.link", new Object[] {mailbox.contactUrl()}, language);
            plain.append(person).append('\n');
            html.append("<p>").append(HtmlUtils.htmlEscape(person)).append("</p>");
        } else if (reply.decidedBy() != null) {
            plain.append(reply.decidedBy()).append('\n');
            html.append("<p>").append(HtmlUtils.htmlEscape(reply.decidedBy())).append("</p>");
        }
        plain.append(mailbox.name()).append('\n');
        html.append("<p>").append(HtmlUtils.htmlEscape(mailbox.name())).append("</p></body></html>");
        return new Composed(plain.toString(), html.toString());
    }

    /** The reply as a MIME message with its own, fixed Message-ID: sent again after a crash, it is the same mail. */
    MimeMessage message(Session session, MailStore.Reply reply, MailStore.Thread thread, MailProperties.Mailbox mailbox,
                        Composed composed) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, reply.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        try {
            helper.setFrom(new InternetAddress(mailbox.address(), mailbox.name(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            helper.setFrom(mailbox.address());
        }
        helper.setTo(thread.customerAddress());
        String subject = thread.subject().isBlank() ? messages.getMessage("email.subject", null, Locale.forLanguageTag(reply.locale()))
                : thread.subject();
        helper.setSubject(subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject);
        helper.setText(composed.plain(), composed.html());
        if (thread.lastMessageId() != null) {
            message.setHeader("In-Reply-To", thread.lastMessageId());
            message.setHeader("References", thread.references());
        }
        if (reply.author() == MailStore.Author.AI) {
            message.setHeader("Auto-Submitted", "auto-replied");
        }
        message.setHeader("Content-Language", reply.locale());
        return message;
    }

    /** Keeps the Message-ID given, where {@link MimeMessage#saveChanges()} would make a new one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}

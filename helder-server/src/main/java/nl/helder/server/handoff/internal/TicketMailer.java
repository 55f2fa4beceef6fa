package nl.helder.server.handoff.internal;

import nl.helder.server.handoff.HandoffProperties;
import nl.helder.server.handoff.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the team by e-mail that a customer left a message while nobody was available. Sent after the ticket
 * is committed, so no mail announces a ticket that does not exist; a failed mail is logged and the ticket
 * stays in the console. The mail holds the redacted text only; the contact address is in the console.
 */
@Component
class TicketMailer {

    private static final Logger log = LoggerFactory.getLogger(TicketMailer.class);

    /** Published by the ticket store when a ticket is opened. */
    record NewTicket(Tickets.Ticket ticket) {
    }

    private final HandoffProperties properties;
    private final ObjectProvider<JavaMailSender> mail;

    TicketMailer(HandoffProperties properties, ObjectProvider<JavaMailSender> mail) {
        this.properties = properties;
        this.mail = mail;
    }

    @TransactionalEventListener
    void on(NewTicket event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (properties.notifyTo() == null || properties.notifyTo().isBlank() || sender == null) {
            return;
        }
        Tickets.Ticket ticket = event.ticket();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.notifyFrom());
        message.setTo(properties.notifyTo());
        message.setSubject("[Helder] New message " + ticket.reference() + " (" + ticket.reason() + ")");
        message.setText("""
                A customer left a message while nobody was available.

                Reference: %s
                Reason:    %s
                Received:  %s

                %s

                Open the agent console to see the contact address and the conversation.
                """.formatted(ticket.reference(), ticket.reason(), ticket.createdAt(), ticket.message()));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not send the e-mail for ticket {}: {}", ticket.reference(), e.getMessage());
        }
    }
}

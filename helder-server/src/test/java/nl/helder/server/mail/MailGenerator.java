package nl.helder.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a support mailbox's worth of customer e-mail for the throughput runner, reproducibly (a fixed seed): in
 * Dutch and English, questions the help articles answer and ones they do not, complaints and requests for a person,
 * personal data, HTML mail, replies in a thread with quoted history, attachments, and automatic mail (out-of-office
 * replies, bounces, list mail) in the proportions a support mailbox sees roughly.
 */
final class MailGenerator {

    private static final String[] QUESTIONS_NL = {"Hoe lang heb ik om iets terug te sturen?", "Wat zijn de verzendkosten?",
            "Hoe kan ik mijn bestelling volgen?", "Kan ik achteraf betalen?", "Mijn betaling is mislukt, wat nu?",
            "Bezorgen jullie ook in België?", "Hoe wijzig ik mijn adres?", "Hoe lang duurt de levering van een bank?",
            "Ik ben mijn wachtwoord vergeten.", "Waar vind ik de montagehandleiding van mijn kast?",
            "Hoe lang is de garantie op een stoel?", "Kan ik mijn bestelling nog annuleren?"};
    private static final String[] QUESTIONS_EN = {"How many days do I have to return something?", "What are the shipping costs?",
            "How can I track my order?", "Do you deliver abroad?", "I forgot my password.", "How do I get an invoice?"};
    private static final String[] OTHER = {"Wat is de hoofdstad van Australië?", "Wie wint het WK voetbal?",
            "Kunnen jullie mijn fiets repareren?"};
    private static final String[] SIGNALS = {"Ik ben echt ontevreden over de service en wil een klacht indienen.",
            "Ik wil graag een medewerker spreken.", "Kan ik een betalingsregeling krijgen?"};
    private static final String[] NAMES = {"Anna", "Bram", "Carla", "Daan", "Eva", "Fien", "Gijs", "Henk", "Iris", "Joost"};

    private final Random random = new Random(19);

    /** {@code count} messages to {@code mailbox} from about {@code count / 5} senders. */
    List<MimeMessage> generate(int count, String mailbox) throws MessagingException {
        List<MimeMessage> messages = new ArrayList<>(count);
        int senders = Math.max(1, count / 5);
        for (int i = 0; i < count; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            String from = name.toLowerCase() + (random.nextInt(senders)) + "@klant.example";
            String id = "<gen" + i + "@klant.example>";
            int kind = random.nextInt(100);
            String greeting = "Hallo,\n\n";
            String closing = "\n\nMet vriendelijke groet,\n" + name + " Jansen\n06-" + (10000000 + random.nextInt(89999999));
            if (kind < 45) {
                messages.add(Mails.text(from, mailbox, "Vraag", greeting + pick(QUESTIONS_NL) + closing, id));
            } else if (kind < 55) {
                messages.add(Mails.text(from, mailbox, "Question", "Hi,\n\n" + pick(QUESTIONS_EN) + "\n\nKind regards,\n" + name, id));
            } else if (kind < 62) {
                messages.add(Mails.text(from, mailbox, "Vraag", greeting + pick(OTHER) + closing, id));
            } else if (kind < 70) {
                messages.add(Mails.text(from, mailbox, "Klacht", greeting + pick(SIGNALS) + closing, id));
            } else if (kind < 75) {
                messages.add(Mails.text(from, mailbox, "Gegevens", greeting + "Mijn BSN is 111222333 en mijn IBAN NL91ABNA0417164300. "
                        + pick(QUESTIONS_NL) + closing, id));
            } else if (kind < 82) {
                String previous = "<gen" + Math.max(0, i - 1 - random.nextInt(Math.min(i + 1, 50))) + "@klant.example>";
                messages.add(Mails.text(from, mailbox, "Re: Vraag", pick(QUESTIONS_NL) + "\n\nOp 1 juni 2026 schreef Klantenservice <"
                        + mailbox + ">:\n> Dit antwoord is opgesteld door onze AI-assistent.\n> " + pick(QUESTIONS_NL) + "\n", id,
                        "In-Reply-To", previous, "References", previous));
            } else if (kind < 87) {
                MimeMessage html = Mails.raw("""
                        From: %s
                        To: %s
                        Subject: Vraag
                        Message-ID: %s
                        MIME-Version: 1.0
                        Content-Type: text/html; charset=UTF-8

                        <html><body><p>Hallo,</p><p>%s</p><blockquote>eerder bericht</blockquote><p>Groet, %s</p></body></html>
                        """.formatted(from, mailbox, id, pick(QUESTIONS_NL), name));
                messages.add(html);
            } else if (kind < 91) {
                messages.add(Mails.withAttachment(from, mailbox, "Foto", greeting + "Zie de bijlage. " + pick(QUESTIONS_NL) + closing, id,
                        "bon.txt", "text/plain", ("Bon " + i).getBytes(StandardCharsets.UTF_8)));
            } else if (kind < 96) {
                messages.add(Mails.text(from, mailbox, "Afwezig: Vraag", "Ik ben afwezig tot maandag.", id,
                        "Auto-Submitted", "auto-replied"));
            } else if (kind < 98) {
                messages.add(Mails.text("MAILER-DAEMON@klant.example", mailbox, "Undelivered Mail Returned to Sender",
                        "The mail could not be delivered.", id, "Content-Type", "text/plain"));
            } else {
                messages.add(Mails.text(from, mailbox, "Nieuwsbrief", "Nieuws van deze week.", id, "List-Id", "<news.klant.example>"));
            }
        }
        return messages;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}

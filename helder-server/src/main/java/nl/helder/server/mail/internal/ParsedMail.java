package nl.helder.server.mail.internal;

import java.util.List;

/**
 * One received e-mail as Helder reads it. Nothing here is stored as it is: the text, the quoted history and the
 * attachments' names are redacted first.
 *
 * @param messageId       the {@code Message-ID}, or one made from the message's content when it has none
 * @param threadIds       the ids of {@code In-Reply-To} and {@code References}, newest first: how a reply finds its conversation
 * @param references      the {@code References} to put on a reply: the ids it had, then its own id
 * @param from            the sender's address, or {@code null} when there is none (a null sender)
 * @param subject         the subject, empty when there is none
 * @param text            the customer's new text: quoted history and signature stripped; what the assistant answers
 * @param quoted          the quoted history and the signature, for the agent and for the injection guard
 * @param attachments     the attachments, listed for the agent; never given to the assistant
 * @param attachmentTexts the readable text of small text and PDF attachments, for the injection guard only
 * @param automatic       why this e-mail gets no reply at all (an auto-reply, a bounce, a list), or {@code null}
 * @param language        the language the e-mail declared ({@code Content-Language}), or {@code null}
 */
record ParsedMail(String messageId, List<String> threadIds, List<String> references, String from, String subject,
                  String text, String quoted, List<Attachment> attachments, List<String> attachmentTexts,
                  String automatic, String language) {

    ParsedMail {
        threadIds = List.copyOf(threadIds);
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        attachmentTexts = List.copyOf(attachmentTexts);
    }

    /**
     * An attachment as the agent sees it listed.
     *
     * @param tooLarge larger than {@code helder.email.max-attachment-bytes}: not read
     */
    record Attachment(String name, String type, long size, boolean tooLarge) {
    }
}

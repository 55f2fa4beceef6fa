package nl.helder.server.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MIME message into a {@link ParsedMail}: the thread ids, the sender, the text (plain preferred, HTML read
 * as text), the quoted history and signature split off ({@link MailText}), the attachments listed (never given to
 * the assistant) and the text of small text and PDF attachments read for the injection guard only.
 */
final class MailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,900}>");
    /** How many ids of {@code References} are kept on a reply (RFC 5322 allows trimming the middle ones). */
    private static final int MAX_REFERENCES = 20;
    private static final int MAX_PARTS = 100;
    private static final int MAX_DEPTH = 10;

    private final long maxAttachmentBytes;

    MailParser(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    ParsedMail parse(MimeMessage message) throws MessagingException, IOException {
        String from = sender(message);
        String messageId = message.getMessageID();
        if (messageId == null || !MESSAGE_ID.matcher(messageId.strip()).matches()) {
            messageId = "<" + contentHash(message) + "@helder.invalid>";
        }
        messageId = messageId.strip();
        List<String> references = ids(message.getHeader("References", " "));
        List<String> inReplyTo = ids(message.getHeader("In-Reply-To", " "));
        LinkedHashSet<String> thread = new LinkedHashSet<>();
        thread.addAll(inReplyTo);
        List<String> newestFirst = new ArrayList<>(references);
        java.util.Collections.reverse(newestFirst);
        thread.addAll(newestFirst);
        List<String> chain = new ArrayList<>(references.isEmpty() ? inReplyTo : references);
        chain.add(messageId);
        if (chain.size() > MAX_REFERENCES) {
            // Keep the first (the thread's root) and the newest ones.
            List<String> trimmed = new ArrayList<>(chain.subList(chain.size() - MAX_REFERENCES + 1, chain.size()));
            trimmed.add(0, chain.get(0));
            chain = trimmed;
        }
        Body body = new Body();
        walk(message, body, 0);
        MailText.Split split;
        if (body.plain != null) {
            split = MailText.split(body.plain);
        } else if (body.html != null) {
            split = MailText.splitHtml(body.html);
        } else {
            split = new MailText.Split("", "");
        }
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        String language = message.getHeader("Content-Language", ",");
        return new ParsedMail(messageId, new ArrayList<>(thread), chain, from, subject, split.text(), split.quoted(),
                body.attachments, body.attachmentTexts, AutomaticMail.reason(message, from), language);
    }

    /** The sender's address: {@code From}, lower-cased; {@code null} when there is none or it is unreadable. */
    private static String sender(MimeMessage message) throws MessagingException {
        try {
            jakarta.mail.Address[] from = message.getFrom();
            if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null) {
                return null;
            }
            new InternetAddress(address.getAddress(), true).validate();
            return address.getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return null;
        }
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static final class Body {
        String plain;
        String html;
        int parts;
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();
        final List<String> attachmentTexts = new ArrayList<>();
    }

    private void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH || ++body.parts > MAX_PARTS) {
            return;
        }
        String type = baseType(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, body, depth + 1);
                }
            }
            return;
        }
        if (!attachment && type.equals("text/plain") && body.plain == null) {
            body.plain = text(part);
            return;
        }
        if (!attachment && type.equals("text/html") && body.html == null) {
            body.html = text(part);
            return;
        }
        if (!attachment && type.startsWith("text/")) {
            return;
        }
        attach(part, type, body);
    }

    private void attach(Part part, String type, Body body) throws MessagingException, IOException {
        String name = part.getFileName();
        if (name != null) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (java.io.UnsupportedEncodingException e) {
                // keep the name as it came
            }
        }
        name = name == null ? "(no name)" : name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        byte[] bytes;
        boolean tooLarge;
        long size;
        try (InputStream in = part.getInputStream()) {
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
            tooLarge = head.length > maxAttachmentBytes;
            size = tooLarge ? head.length + skipAll(in) : head.length;
            bytes = tooLarge ? null : head;
        }
        body.attachments.add(new ParsedMail.Attachment(name, type, size, tooLarge));
        if (bytes == null) {
            return;
        }
        if (type.startsWith("text/")) {
            String text = new String(bytes, charset(part));
            body.attachmentTexts.add(type.equals("text/html") ? MailText.text(org.jsoup.Jsoup.parse(text).body()) : text);
        } else if (type.equals("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setEndPage(20);
                body.attachmentTexts.add(stripper.getText(pdf));
            } catch (IOException e) {
                body.attachmentTexts.add("");
            }
        }
    }

    private static long skipAll(InputStream in) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[65536];
        int read;
        while ((read = in.read(buffer)) > 0) {
            skipped += read;
        }
        return skipped;
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(charset(part));
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (Exception e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "application/octet-stream";
        }
    }

    private static String contentHash(MimeMessage message) throws MessagingException, IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return HexFormat.of().formatHex(digest.digest(out.toByteArray())).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

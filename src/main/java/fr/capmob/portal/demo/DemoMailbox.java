package fr.capmob.portal.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What the demo SMTP server received, read as a mail reader would: newest first, HTML and plain-text parts. */
public class DemoMailbox {

    private final Supplier<MimeMessage[]> received;

    DemoMailbox(Supplier<MimeMessage[]> received) {
        this.received = received;
    }

    /** Every message received since the demo started, newest first (numbered in arrival order from 1). */
    public List<Received> messages() {
        MimeMessage[] all = received.get();
        List<Received> messages = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            messages.add(read(i + 1, all[i]));
        }
        messages.sort(Comparator.comparingInt(Received::number).reversed());
        return messages;
    }

    private static Received read(int number, MimeMessage message) {
        try {
            Bodies bodies = new Bodies();
            bodies.collect(message);
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .collect(Collectors.joining(", "));
            Instant date = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new Received(number, message.getSubject(), String.valueOf(message.getFrom()[0]), to, date,
                    bodies.html, bodies.text);
        } catch (MessagingException | IOException e) {
            return new Received(number, "(" + e.getMessage() + ")", "", "", null, null, null);
        }
    }

    /** One message: its number, subject, sender, recipients, date and bodies (either may be null). */
    public record Received(int number, String subject, String from, String to, Instant date, String html, String text) {
    }

    private static final class Bodies {
        private String html;
        private String text;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    collect(body);
                }
            }
        }
    }
}

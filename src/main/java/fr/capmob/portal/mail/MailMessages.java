package fr.capmob.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Builds the MIME message of an outbox row (HTML with its plain-text alternative) and reads a server's answer. */
final class MailMessages {

    private MailMessages() {
    }

    static MimeMessage mime(JavaMailSender sender, OutboxRows.Claimed mail, MailProperties properties) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.consortiumName());
            if (properties.replyTo() != null) {
                helper.setReplyTo(properties.replyTo());
            }
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            return message;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("The message could not be built: " + e.getMessage(), e);
        }
    }

    /** The messages of the exception and of its causes (the SMTP server's reply is in there), without repeats. */
    static String serverAnswer(Throwable error) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = error; t != null && parts.size() < 6; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                parts.add(t.getMessage().trim());
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                send.getFailedMessages().values().forEach(cause -> parts.add(String.valueOf(cause.getMessage()).trim()));
            }
        }
        return parts.isEmpty() ? error.getClass().getSimpleName() : String.join(" — ", parts);
    }
}

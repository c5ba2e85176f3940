package fr.capmob.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the tests that read what was really sent over SMTP: an in-process SMTP server (GreenMail) on
 * 127.0.0.1:3027 that the application's {@code JavaMailSender} is pointed at; the tests commit (the worker sends
 * committed rows only) and remove their messages and users at the end. Each test's addresses end with a domain
 * of its own.
 */
public abstract class SmtpMailTest {

    public static final int SMTP_PORT = 3027;
    public static final String PROPERTIES_HOST = "spring.mail.host=127.0.0.1";
    public static final String PROPERTIES_PORT = "spring.mail.port=" + SMTP_PORT;
    public static final String BASE_URL = "https://portal.example.org";

    protected static GreenMail smtp;

    @Autowired
    protected JdbcClient jdbc;

    /** A domain of this test run: its messages and users are removed afterwards. */
    protected final String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + ".mail-test.example";

    @BeforeAll
    public static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    public static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    public void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    public void removeRows() {
        String pattern = "%@" + domain;
        jdbc.sql("delete from mail_outbox where recipient like :p").param("p", pattern).update();
        jdbc.sql("delete from password_token where user_id in (select id from app_user where email like :p)")
                .param("p", pattern).update();
        jdbc.sql("delete from app_user where email like :p").param("p", pattern).update();
    }

    /** The messages received over SMTP for one address. */
    protected static List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    /** The first part of a message of the given type (text/plain, text/html). */
    protected static String body(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = body(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

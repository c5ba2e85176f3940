package fr.capmob.portal.mail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with its {@code JavaMailSender} on the test SMTP server of {@link SmtpMailTest}, the
 * scheduled worker out of the way (the tests run it), links on a public address of their own. Not transactional:
 * the worker sends committed messages only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {SmtpMailTest.PROPERTIES_HOST, SmtpMailTest.PROPERTIES_PORT,
        "portal.mail.worker-delay=PT1H", "portal.public-base-url=" + SmtpMailTest.BASE_URL,
        "portal.mail.consortium-name=Consortium Test", "portal.mail.from=coordination@capmob.example"})
@AutoConfigureMockMvc
public @interface SmtpTest {
}

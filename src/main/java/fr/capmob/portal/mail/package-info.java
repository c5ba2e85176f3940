/**
 * E-mail: the {@link fr.capmob.portal.mail.Outbox} other modules call inside their own transaction to queue a
 * message (recipient, language, template, variables). The message is rendered at once (Thymeleaf HTML and a
 * plain-text alternative, in the recipient's language, with the consortium's name and links built from
 * {@code portal.public-base-url}, no tracking pixel) and written to the {@code mail_outbox} table in that same
 * transaction; {@link fr.capmob.portal.mail.MailWorker} sends the waiting messages through Spring's
 * {@code JavaMailSender}, each claimed with {@code select … for update skip locked} so two portal nodes never send
 * one message twice, with retries and exponential back-off; a message that keeps failing stays, FAILED, with the
 * server's answer, for the coordinators' {@code /mail} page (resend).
 */
@ApplicationModule(allowedDependencies = {"shared", "web"})
package fr.capmob.portal.mail;

import org.springframework.modulith.ApplicationModule;

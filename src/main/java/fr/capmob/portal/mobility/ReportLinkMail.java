package fr.capmob.portal.mobility;

import fr.capmob.portal.geo.City;
import fr.capmob.portal.mail.Mail;
import fr.capmob.portal.mail.MailLink;
import fr.capmob.portal.mail.Outbox;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * E-mails a participant their report link (to the address on their student or staff record, in the language chosen
 * on that record, French by default), in the transaction that creates the link, and records on the link to whom and when the report
 * was requested. A participant without an address gets no e-mail: the link shown once stays the way to pass it on.
 */
@Component
class ReportLinkMail {

    static final String TEMPLATE = "report-link";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Outbox outbox;
    private final JdbcClient jdbc;

    ReportLinkMail(Outbox outbox, JdbcClient jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /** Queues the link's e-mail and returns the address it goes to, or empty when the participant has none. */
    Optional<String> send(long mobilityId, String tokenHash, String token, Instant expires, Instant now) {
        record Participant(String email, String firstName, String city, String country, String language) {
        }
        Participant participant = jdbc.sql("""
                        select coalesce(st.email, sf.email) as email, coalesce(st.first_name, sf.first_name) as first_name,
                               coalesce(st.language, sf.language) as language,
                               c.name as city, c.country
                        from mobility m join city c on c.id = m.destination_city_id
                        left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                        where m.id = :m""")
                .param("m", mobilityId)
                .query((rs, n) -> new Participant(rs.getString("email"), rs.getString("first_name"), rs.getString("city"),
                        rs.getString("country"), rs.getString("language")))
                .single();
        if (participant.email() == null || participant.email().isBlank()) {
            return Optional.empty();
        }
        String to = participant.email().trim();
        LocalDate until = LocalDate.ofInstant(expires, PARIS);
        // The city's name in the reader's language is chosen here: mail templates may not call Java classes.
        Locale reader = "en".equals(participant.language()) ? Locale.ENGLISH : Locale.FRENCH;
        String city = City.displayName(participant.city(), participant.country(), reader);
        outbox.queue(new Mail(to, participant.language(), TEMPLATE, Map.of("name", participant.firstName(), "city", city,
                "until", until, "link", new MailLink("/report/" + token))));
        jdbc.sql("update report_link set mailed_to = :to, requested_at = :at where token_hash = :hash")
                .param("to", to).param("at", Timestamp.from(now)).param("hash", tokenHash).update();
        return Optional.of(to);
    }
}

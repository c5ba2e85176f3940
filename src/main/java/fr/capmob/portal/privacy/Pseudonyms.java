package fr.capmob.portal.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pseudonymous code of an anonymised person, "ANON-" and five characters of Crockford's base 32 (no I, L, O,
 * U): 33 million codes, drawn at random and unique (a clash draws again).
 */
@Component
class Pseudonyms {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Pseudonyms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> codeOf(PrivacySubject subject, long id) {
        return jdbc.sql("select code from privacy_pseudonym where subject_kind = :s and subject_id = :id")
                .param("s", subject.name()).param("id", id).query(String.class).optional();
    }

    /** A new code for the person, stored (their anonymisation happens in the same transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    String assign(PrivacySubject subject, long id) {
        while (true) {
            String code = draw();
            int inserted = jdbc.sql("""
                            insert into privacy_pseudonym (subject_kind, subject_id, code, anonymised_at)
                            values (:s, :id, :code, :at) on conflict (code) do nothing""")
                    .param("s", subject.name()).param("id", id).param("code", code)
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
            if (inserted == 1) {
                return code;
            }
        }
    }

    String draw() {
        StringBuilder code = new StringBuilder("ANON-");
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

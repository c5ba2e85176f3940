package fr.capmob.portal.exports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stable participant code of the exports ("Participant ID", and the only identity of a pseudonymised export):
 * HMAC-SHA256 of the participant's kind and id (students and staff have separate ids) with the installation's secret
 * (table export_secret, drawn once by the migration), the first 50 bits in Base32: 10 characters. The same
 * participant always gets the same code; without the secret a code cannot be traced back to a person.
 */
@Component
class ParticipantCodes {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    static final int LENGTH = 10;

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    ParticipantCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The code of a student (studentId not null) or else of a staff member. */
    String of(Long studentId, Long staffId) {
        return studentId != null ? code("S" + studentId) : code("T" + staffId);
    }

    String code(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return base32(mac.doFinal(subject.getBytes(StandardCharsets.US_ASCII)), LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String base32(byte[] bytes, int length) {
        StringBuilder code = new StringBuilder(length);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5 && code.length() < length) {
                code.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
            if (code.length() == length) {
                break;
            }
        }
        return code.toString();
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] secret = jdbc.sql("select secret from export_secret where id = 1").query(byte[].class).single();
            current = new SecretKeySpec(secret, "HmacSHA256");
            key = current;
        }
        return current;
    }
}

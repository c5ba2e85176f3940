package fr.capmob.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password rules: at least 12 characters (and at most 72 bytes, BCrypt's limit), not one of the common passwords shipped with the portal
 * (resource {@code account/common-passwords.txt}, compared case-insensitively), and not containing the local
 * part of the user's e-mail (the part before {@code @}). Answers the i18n keys of the rules broken.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final String TOO_SHORT = "password.rule.tooShort";
    public static final String COMMON = "password.rule.common";
    public static final String CONTAINS_EMAIL = "password.rule.containsEmail";
    public static final String TOO_LONG = "password.rule.tooLong";
    /** BCrypt reads at most 72 bytes: a longer password would be refused by the encoder (or silently cut). */
    public static final int MAX_UTF8_BYTES = 72;

    static final String COMMON_PASSWORDS_RESOURCE = "/account/common-passwords.txt";

    /** Local parts this short ("jo@…") would refuse too many good passwords. */
    private static final int MIN_LOCAL_PART_CHECKED = 3;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this(loadCommonPasswords());
    }

    PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /** The i18n keys of the rules the password breaks; empty when it is acceptable. */
    public List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            problems.add(TOO_LONG);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            problems.add(COMMON);
        }
        String localPart = localPart(email);
        if (localPart.length() >= MIN_LOCAL_PART_CHECKED && lower.contains(localPart)) {
            problems.add(CONTAINS_EMAIL);
        }
        return problems;
    }

    public boolean accepts(String password, String email) {
        return problems(password, email).isEmpty();
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).trim().toLowerCase(Locale.ROOT);
    }

    static Set<String> loadCommonPasswords() {
        try (InputStream stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS_RESOURCE);
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

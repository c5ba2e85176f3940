package fr.capmob.portal.privacy;

import fr.capmob.portal.shared.NotFoundException;
import java.util.Arrays;

/** Whom a data-protection request is about, and the path segment of their privacy page. */
public enum PrivacySubject {
    STUDENT("students"), STAFF("staff"), USER("users");

    private final String path;

    PrivacySubject(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The subject of a path segment; an unknown one is a page that does not exist (404). */
    public static PrivacySubject ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("privacy subject", 0));
    }

    /** Students and staff are participants: they may travel, and are erased or anonymised with their mobilities. */
    public boolean isParticipant() {
        return this != USER;
    }
}

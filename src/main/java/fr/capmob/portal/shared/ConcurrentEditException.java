package fr.capmob.portal.shared;

import java.time.Instant;

/**
 * The user saved a form opened on an older version of the record: someone else changed it since.
 * Controllers catch it to show the form again (HTTP 409) with the user's input kept.
 */
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public ConcurrentEditException(String changedBy, Instant changedAt, long currentVersion) {
        super("record changed since it was opened");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}

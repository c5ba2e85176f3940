package fr.capmob.portal.audit;

import java.util.Arrays;
import java.util.Optional;

/** A record whose history a page shows; its history gathers the audited rows of {@link AuditedTable} it owns. */
public enum AuditedRecord {
    STUDENT("student"),
    STAFF("staff"),
    USER("user"),
    HOST("host"),
    MOBILITY("mobility"),
    EXPENDITURE("expenditure"),
    PROJECT("project");

    private final String slug;

    AuditedRecord(String slug) {
        this.slug = slug;
    }

    /** The name used in URLs: {@code /audit/history/{slug}/{id}}. */
    public String slug() {
        return slug;
    }

    public static Optional<AuditedRecord> ofSlug(String slug) {
        return Arrays.stream(values()).filter(record -> record.slug.equals(slug)).findFirst();
    }
}

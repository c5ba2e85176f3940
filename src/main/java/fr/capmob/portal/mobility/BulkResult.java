package fr.capmob.portal.mobility;

import java.util.List;

/** What happened to one participant in a bulk action: passed, or refused with the reason (an i18n key and args). */
public record BulkResult(String reference, String name, boolean passed, String messageKey, List<Object> args) {

    static BulkResult passed(String reference, String name) {
        return new BulkResult(reference, name, true, null, List.of());
    }

    static BulkResult refused(String reference, String name, String messageKey, Object... args) {
        return new BulkResult(reference, name, false, messageKey, List.of(args));
    }
}

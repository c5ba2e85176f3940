package fr.capmob.portal.privacy;

import java.time.Instant;

/** One recorded request: what, about whom (kind, id, pseudonymous code if any — never a name), by whom, when. */
public record PrivacyRequestRow(long id, PrivacyAction action, PrivacySubject subject, long subjectId, String subjectCode,
                                String detail, String requestedBy, Instant requestedAt) {
}

package fr.capmob.portal.mobility;

/** What the public report page knows about the participant behind a valid link. */
public record ReportInvitation(ReportKind kind, String participantName, String reference, String destination, String country) {
}

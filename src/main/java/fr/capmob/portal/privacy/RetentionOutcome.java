package fr.capmob.portal.privacy;

/** What one run of the retention job did. */
public record RetentionOutcome(int projectsDue, int studentsAnonymised, int staffAnonymised, int accountsDeactivated,
                               int passwordLinksPurged, int reportLinksPurged) {
}

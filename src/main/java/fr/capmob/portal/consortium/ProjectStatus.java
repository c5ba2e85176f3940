package fr.capmob.portal.consortium;

/** Where a grant agreement stands: being prepared, running (mobilities take place), closed (final report sent). */
public enum ProjectStatus {
    PREPARATION,
    RUNNING,
    CLOSED
}

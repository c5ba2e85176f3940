package fr.capmob.portal.participant;

import fr.capmob.portal.consortium.QualificationLevel;

/**
 * The students list's search; every part optional. {@code schoolId} only narrows what the user may already see.
 */
public record StudentFilter(String name, Long schoolId, String className, QualificationLevel level, String specialty,
                            Boolean minor, Boolean fewerOpportunities) {
}

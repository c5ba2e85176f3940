package fr.capmob.portal.participant;

/** The staff list's search; every part optional. {@code schoolId} only narrows what the user may already see. */
public record StaffFilter(String name, Long schoolId, StaffRole role, Boolean clilCertified) {
}

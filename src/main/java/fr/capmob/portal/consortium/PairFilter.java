package fr.capmob.portal.consortium;

/** The filters of the pairs list; null means "any". */
public record PairFilter(Long projectId, Long schoolId) {
}

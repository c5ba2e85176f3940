package fr.capmob.portal.budget;

/**
 * The filters of the recovery orders' list; null means any. {@code overdue}: only open orders past their due date.
 */
public record RecoveryFilter(Long projectId, Long schoolId, RecoveryState state, boolean overdue, String search) {
}

package fr.capmob.portal.mobility;

/**
 * Published when a mobility moves from one status to another, synchronously inside the transaction of the move (a
 * listener's writes are kept or rolled back with it): the mobility, its sending school, the move and its comment
 * (the reason of a send-back or a cancellation; null when none). The mail side turns it into notifications.
 */
public record MobilityMoved(long mobilityId, String reference, long sendingSchoolId, MobilityStatus from,
                            MobilityStatus to, String comment) {
}

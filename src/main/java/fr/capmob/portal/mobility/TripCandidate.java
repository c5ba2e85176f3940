package fr.capmob.portal.mobility;

/** Someone who may be added to a trip; {@code minor}: a minor on the trip's departure. */
public record TripCandidate(long id, String label, boolean minor) {
}

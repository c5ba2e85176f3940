package fr.capmob.portal.budget;

/**
 * What recording a payment did: {@code id} is the payment; {@code alreadyRecorded} is true when the form's key had
 * already recorded it (a double submission), in which case nothing new was saved.
 */
public record RecordedPayment(long id, long mobilityId, boolean alreadyRecorded) {
}

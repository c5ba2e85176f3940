package fr.capmob.portal.notification;

import java.time.LocalDate;

/** A mobility waiting for the coordinators' decision, as their digest lists it. */
public record WaitingSubmission(long mobilityId, String reference, String school, LocalDate start) {
}

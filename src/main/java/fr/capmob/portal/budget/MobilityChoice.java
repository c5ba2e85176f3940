package fr.capmob.portal.budget;

import java.time.LocalDate;

/** A mobility found by the payment form's search: enough to recognise it (reference, participant, school, dates). */
public record MobilityChoice(long id, String reference, String participant, String schoolName, String projectNumber,
                             String status, LocalDate startDate, LocalDate endDate) {
}

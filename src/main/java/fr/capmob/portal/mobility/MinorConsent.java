package fr.capmob.portal.mobility;

import java.time.LocalDate;

/**
 * A mobility's papers for a minor (read from {@code mobility_minor_view}): whether its participant is a minor on
 * departure, the parental consent that counts ({@code mobilityConsentDate} recorded for this mobility, else the
 * student's {@code studentConsentDate}), the French exit authorisation (AST) and whether something is still missing.
 * {@code version}: the version of the recorded row plus one (0: nothing recorded yet).
 */
public record MinorConsent(long mobilityId, boolean minor, LocalDate departure, LocalDate mobilityConsentDate,
                           LocalDate studentConsentDate, LocalDate exitAuthorisationDate, boolean missing,
                           long version) {

    public LocalDate parentalConsentDate() {
        return mobilityConsentDate != null ? mobilityConsentDate : studentConsentDate;
    }
}

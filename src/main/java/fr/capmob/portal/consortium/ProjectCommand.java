package fr.capmob.portal.consortium;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a coordinator enters to create or change a project (member schools are managed apart). */
public record ProjectCommand(String number, String title, ProgrammeGeneration generation, Integer callYear,
                             KeyAction action, String nationalAgency, LocalDate startDate, LocalDate endDate,
                             ProjectStatus status, BigDecimal grantedTravel, BigDecimal grantedIndividualSupport,
                             BigDecimal grantedOrganisationalSupport, BigDecimal grantedInclusionSupport,
                             BigDecimal grantedExceptionalCosts, LocalDate finalReportDate) {

    /** A project whose final report has not been submitted yet. */
    public ProjectCommand(String number, String title, ProgrammeGeneration generation, Integer callYear,
                          KeyAction action, String nationalAgency, LocalDate startDate, LocalDate endDate,
                          ProjectStatus status, BigDecimal grantedTravel, BigDecimal grantedIndividualSupport,
                          BigDecimal grantedOrganisationalSupport, BigDecimal grantedInclusionSupport,
                          BigDecimal grantedExceptionalCosts) {
        this(number, title, generation, callYear, action, nationalAgency, startDate, endDate, status, grantedTravel,
                grantedIndividualSupport, grantedOrganisationalSupport, grantedInclusionSupport, grantedExceptionalCosts,
                null);
    }
}

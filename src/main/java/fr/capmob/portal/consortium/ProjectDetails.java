package fr.capmob.portal.consortium;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project with everything its detail page shows: fields, granted budget, its first pairs and how many it has (the
 * member schools: {@code ProjectService.withMemberSchools}, a page at a time).
 */
public record ProjectDetails(long id, long version, String number, String title, ProgrammeGeneration generation,
                             int callYear, KeyAction action, String nationalAgency, LocalDate startDate,
                             LocalDate endDate, ProjectStatus status, BigDecimal grantedTravel,
                             BigDecimal grantedIndividualSupport, BigDecimal grantedOrganisationalSupport,
                             BigDecimal grantedInclusionSupport, BigDecimal grantedExceptionalCosts,
                             BigDecimal grantedTotal, List<PairSummary> pairs, long pairCount,
                             String updatedBy, Instant updatedAt, LocalDate finalReportDate) {
}

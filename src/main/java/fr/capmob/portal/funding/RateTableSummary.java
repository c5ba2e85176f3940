package fr.capmob.portal.funding;

import fr.capmob.portal.consortium.ProgrammeGeneration;
import java.time.Instant;

/** A rate-table version in a list: which family, which version, who made it, when and why, how many projects use it. */
public record RateTableSummary(long id, ProgrammeGeneration generation, int callYear, String nationalAgency,
                               int version, Long previousId, Instant createdAt, String createdBy, String comment,
                               long projects, boolean latest, long toVerify) {
}

package fr.capmob.portal.budget;

import java.time.Instant;

/** A stored expenditure as its edit form needs it: the command, its version and its audit stamps. */
public record ExpenditureDetails(long id, ExpenditureCommand command, long version, String createdBy, Instant createdAt,
                                 String updatedBy, Instant updatedAt) {
}

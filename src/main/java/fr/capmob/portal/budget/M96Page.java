package fr.capmob.portal.budget;

import org.springframework.data.domain.Page;

/** A page of the M9.6 report and its totals over every school of the user's scope, read by one statement. */
public record M96Page(Page<M96Row> rows, M96Row total) {
}

/**
 * Budgets: the granted amounts allocated to schools, every money figure of a project, school or mobility
 * (granted, planned, committed, paid, available, still to pay, to recover) defined once, payments to participants
 * (append-only), real expenditure and the M9.6 report, with their pages. Reads mobilities and their grants only
 * through the mobility module's published read side (mobility_view, trip_view). Uses account, consortium
 * (projects, schools), funding (budget items), mobility (read side), participant (names), shared and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "funding", "mobility", "participant", "shared", "web"})
package fr.capmob.portal.budget;

import org.springframework.modulith.ApplicationModule;

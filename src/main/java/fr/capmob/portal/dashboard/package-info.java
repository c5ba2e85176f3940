/**
 * The impact dashboard (participants who went abroad, countries, durations, schools, outcome percentages and exam
 * pass rates, with a map of Europe and charts) and the exam results across students. Read-only SQL aggregates
 * over the mobility module's read side (mobility_view and its went_abroad flag), the participant reports and exam
 * results that the mobility module records (read as tables: not yet published as views), and the registry; writes
 * only its snapshots. Uses account, consortium, geo, mobility, shared and web; no module uses it.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "mobility", "shared", "web"})
package fr.capmob.portal.dashboard;

import org.springframework.modulith.ApplicationModule;

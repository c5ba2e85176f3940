/**
 * Exports: the accountants' and the coordinator's files (budgets by school, by item and per participant, payment
 * and expenditure ledgers, the Beneficiary Module mobility file, the PDF summary), streamed as CSV, XLSX or PDF
 * and scoped by role in SQL. Money figures come from budget; mobilities from the mobility module's read side; the
 * PDF summary is rendered by the documents module's renderer. Writes only its own tables (layouts,
 * participant-code secret). No module depends on it.
 */
@ApplicationModule(allowedDependencies = {"account", "budget", "consortium", "documents", "mobility", "shared", "web"})
package fr.capmob.portal.exports;

import org.springframework.modulith.ApplicationModule;

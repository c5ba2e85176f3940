/**
 * Exports: the accountants' and the coordinator's files (budgets, payment and expenditure ledgers, the Beneficiary
 * Module mobility file, the PDF summary), streamed as CSV, XLSX or PDF and scoped by role in SQL. Reads other
 * modules' tables with read-side SQL only (documented deviation); writes nothing but its own tables. Uses account
 * (the current user), consortium (project choices) and web. No module depends on it.
 */
package fr.capmob.portal.exports;

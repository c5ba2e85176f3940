/**
 * Spreadsheet imports (CSV or XLSX) of students, staff members and host organisations: read, checked row by row
 * with the rules of the participant and partner modules, previewed, then written all at once on confirmation.
 * Uses participant, partner, geo, consortium, account and web.
 */
package fr.capmob.portal.imports;

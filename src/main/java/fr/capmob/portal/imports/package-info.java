/**
 * Spreadsheet imports (CSV or XLSX) of students, staff members and host organisations: read, checked row by row
 * with the rules of the participant and partner modules, previewed, then written all at once on confirmation.
 * Uses account (the current user, school names), consortium (qualification levels), geo (countries, cities),
 * participant, partner and shared.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "participant", "partner", "shared", "web"})
package fr.capmob.portal.imports;

import org.springframework.modulith.ApplicationModule;

/**
 * Data protection: the rights of access, erasure and portability (GDPR arts. 15, 17, 20) for one student, staff
 * member or user — an export as PDF and JSON, the erasure of a person who never travelled, the anonymisation of one
 * who did (a pseudonymous code replaces the name; grants, payments and reporting rows stay) — every request
 * recorded; retention (a project's personal data anonymised a number of years after its final report, a rule kept
 * as data with its source; inactive accounts deactivated; used or expired links purged) run daily by one node
 * (ShedLock); the processing register and the privacy notice. Asks account, participant and mobility through their
 * published privacy services, reads projects through consortium's, renders PDFs with documents' renderer.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "documents", "mobility", "participant", "shared", "web"})
package fr.capmob.portal.privacy;

import org.springframework.modulith.ApplicationModule;

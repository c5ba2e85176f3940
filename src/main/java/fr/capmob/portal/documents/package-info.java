/**
 * Documents: the PDFs a mobility needs (participant grant agreement, learning agreement, certificate of
 * attendance, Europass-Mobility-style record), in French or English, one per mobility and combined per trip, and
 * the one PDF renderer (Thymeleaf XHTML to PDF) that the exports' summary uses too. Reads mobilities through the
 * mobility module's read side and its scope checks; uses account, consortium, geo, participant, shared and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "mobility", "participant", "shared", "web"})
package fr.capmob.portal.documents;

import org.springframework.modulith.ApplicationModule;

/**
 * Audit trail: the Envers revision (who and when) of every transaction that changes personal data or money, the
 * history of one record (field by field, old → new, creations and deletions) shown on the record's page, and the
 * consortium-wide audit search for coordinators. Reads the {@code <table>_aud} tables with SQL; checks who may read
 * a record's history through the published services of the modules that own the records (participant, mobility,
 * budget, partner, account).
 */
@ApplicationModule(allowedDependencies = {"account", "participant", "mobility", "budget", "partner", "shared", "web"})
package fr.capmob.portal.audit;

import org.springframework.modulith.ApplicationModule;

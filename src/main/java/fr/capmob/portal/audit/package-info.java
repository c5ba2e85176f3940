/**
 * Audit trail as users read it (the revisions themselves are written by Envers and shared's AuditedRows): the
 * history of one record (field by field, old → new, creations and deletions) shown on the record's page, and the
 * consortium-wide audit search for coordinators. Reads the {@code <table>_aud} tables with SQL; checks who may read
 * a record's history through the published services of the modules that own the records (participant, mobility,
 * budget, account).
 */
@ApplicationModule(allowedDependencies = {"account", "participant", "mobility", "budget", "shared", "web"})
package fr.capmob.portal.audit;

import org.springframework.modulith.ApplicationModule;

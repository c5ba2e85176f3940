/**
 * Shared kernel: the audited base entity (optimistic-lock version, who changed it and when), the audit trail's
 * Envers revision ({@code AuditRevision}: who, when), the audit entry of rows written with SQL ({@code AuditedRows})
 * and the name of background work in the audit trail ({@code AuditActor}), the common exceptions (not found,
 * concurrent edit, dependent records), the list-query helpers (pageable from request parameters, the builder of
 * hand-written search SQL) and money text. Depends on no module; every module may use it.
 */
@ApplicationModule(allowedDependencies = {})
package fr.capmob.portal.shared;

import org.springframework.modulith.ApplicationModule;

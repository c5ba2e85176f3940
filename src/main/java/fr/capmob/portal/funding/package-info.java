/**
 * Funding rules: the Erasmus+ unit-cost rate tables (data, in versions, never changed in place) and the pure
 * grant calculator (values in, amounts out), with the calculator and rate-table pages. Knows nothing of
 * mobilities or budgets. Uses account (the current user), consortium (programme generations, projects and their
 * rate tables, the user's school as the calculator's departure), geo (cities and great-circle distances), shared
 * and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "shared", "web"})
package fr.capmob.portal.funding;

import org.springframework.modulith.ApplicationModule;

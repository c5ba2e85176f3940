/**
 * Host and intermediary organisations: one directory shared by the whole consortium, with duplicates caught at
 * entry; the list is searched in SQL (shared's SearchSql). Uses account (the current user, the names of the
 * schools that recorded them), consortium (vocational fields), geo (countries, cities, place-name forms), shared
 * and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "shared", "web"})
package fr.capmob.portal.partner;

import org.springframework.modulith.ApplicationModule;

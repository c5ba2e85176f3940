/**
 * Host and intermediary organisations: one directory shared by the whole consortium, with duplicates caught at
 * entry. Uses account (the current user), consortium (vocational fields), geo (cities), shared and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "shared", "web"})
package fr.capmob.portal.partner;

import org.springframework.modulith.ApplicationModule;

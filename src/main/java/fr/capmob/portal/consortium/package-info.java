/**
 * The consortium registry: projects (grant agreements), schools (UAI check letter, city from the gazetteer),
 * project membership and tutoring pairs and trios. Uses account (the current user, SchoolDirectory), geo (school
 * cities), shared and web.
 */
@ApplicationModule(allowedDependencies = {"account", "geo", "shared", "web"})
package fr.capmob.portal.consortium;

import org.springframework.modulith.ApplicationModule;

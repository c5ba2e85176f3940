/**
 * Participants: the students and staff members of each school, who will travel. Scoped by school (referents see
 * their own school's only); their lists are searched in SQL (shared's SearchSql). Uses account (the current user, school names), consortium (qualification levels), geo
 * (countries), shared and web.
 */
@ApplicationModule(allowedDependencies = {"account", "consortium", "geo", "shared", "web"})
package fr.capmob.portal.participant;

import org.springframework.modulith.ApplicationModule;

/**
 * What ./mvnw spring-boot:run adds (profile demo): an embedded PostgreSQL whose data survives restarts, and the
 * demo consortium modelled on CAPMOB 2.0, loaded through the modules' services and, for bulk rows, SQL on their
 * own tables. Never active in production.
 */
@ApplicationModule(allowedDependencies = {"account", "budget", "consortium", "funding", "geo", "mobility", "participant", "partner", "shared", "web"})
package fr.capmob.portal.demo;

import org.springframework.modulith.ApplicationModule;

/**
 * What ./mvnw spring-boot:run adds (profile demo): an embedded PostgreSQL whose data survives restarts, and the
 * demo consortium modelled on CAPMOB 2.0. Its texts (schools, hosts, names, learning agreements, report answers)
 * are JSON files under {@code src/main/resources/demo/}; the Java says how the consortium is built. Bulk rows are
 * written with plain SQL on the modules' tables; mobilities are read back only through the mobility module's
 * published views {@code mobility_view} and {@code trip_view}, and the mobility grants are computed by the mobility
 * module itself ({@code MobilityGrants}). Never active in production.
 */
@ApplicationModule(allowedDependencies = {"account", "budget", "consortium", "funding", "geo", "mobility", "participant", "partner", "shared", "web"})
package fr.capmob.portal.demo;

import org.springframework.modulith.ApplicationModule;

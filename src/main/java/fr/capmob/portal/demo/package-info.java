/**
 * What {@code ./mvnw spring-boot:run} adds (profile {@code demo}): an embedded PostgreSQL whose data survives
 * restarts, and the demo consortium modelled on CAPMOB 2.0. Never active in production.
 */
package fr.capmob.portal.demo;

package fr.capmob.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code portal.embedded-database.*}: where the embedded PostgreSQL keeps its data, and its port. */
@ConfigurationProperties("portal.embedded-database")
record EmbeddedDatabaseProperties(boolean enabled, String dataDirectory, int port) {
}

package fr.capmob.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests run on, chosen once per JVM (ARCHITECTURE.md, "Databases"):
 * {@code PORTAL_TEST_DB_URL} when set (CI: the machine's PostgreSQL server), else Testcontainers when a
 * Docker engine answers, else an embedded PostgreSQL started from Maven artifacts. Never H2.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password, String kind) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = choose();
            System.out.println("[tests] PostgreSQL: " + connection.kind() + " " + connection.url());
        }
        return connection;
    }

    private static Connection choose() {
        String url = System.getenv("PORTAL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("PORTAL_TEST_DB_USERNAME", "postgres"), env("PORTAL_TEST_DB_PASSWORD", ""),
                    "PORTAL_TEST_DB_URL");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is stopping anyway
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                    "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}

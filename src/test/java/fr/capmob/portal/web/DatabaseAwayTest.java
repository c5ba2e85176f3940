package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fr.capmob.portal.PortalTest;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database away: the pool's settings of application.yml give up within seconds, and the request gets the portal's
 * "try again" page with 503. (Stopping the test database under the running suite is not an option; the README's
 * Hardening section says what was checked by hand.)
 */
@PortalTest
class DatabaseAwayTest {

    @Autowired
    DatabaseAway filter;

    /** A pool configured as application.yml configures the portal's, on the given URL, started without connecting. */
    private static HikariDataSource poolAsConfigured(String url) throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        HikariDataSource pool = new HikariDataSource();
        new Binder(ConfigurationPropertySources.from(sources)).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setJdbcUrl(url);
        pool.setUsername("capmob");
        pool.setPassword("none");
        pool.setInitializationFailTimeout(-1); // as after a start with the database up: the pool exists
        return pool;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aConnectionIsRefusedWithinTheConfiguredSecondsNotThirty() throws IOException {
        try (HikariDataSource pool = poolAsConfigured("jdbc:postgresql://127.0.0.1:" + closedPort() + "/capmob")) {
            assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
            assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3").containsEntry("loginTimeout", "3");
            long started = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class)
                    .satisfies(failure -> assertThat(DatabaseAway.isDatabaseAway(failure)).isTrue());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).isBetween(Duration.ofMillis(2_500), Duration.ofSeconds(6));
        }
    }

    @Test
    void aRequestWhoseDatabaseIsAwayGetsThePortalsTryAgainPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mobilities");
        request.setCookies(new Cookie(LocaleConfig.LOCALE_COOKIE, "en"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLException("Connection is not available, request timed out after 3000ms.", "08001"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(response.getContentAsString()).contains("id=\"error-503\"", "Service temporarily unavailable", "Try again");
    }

    @Test
    void otherFailuresAreNotTakenForADatabaseAway() {
        assertThat(DatabaseAway.isDatabaseAway(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseAway.isDatabaseAway(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseAway.isDatabaseAway(new RuntimeException(new SQLException("connection refused", "08001")))).isTrue();
    }
}

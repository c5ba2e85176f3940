package fr.capmob.portal;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at {@link TestDatabase} and turns off the dashboard's start-up computation
 * (registered in META-INF/spring.factories).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("portalTestDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                "spring.datasource.hikari.maximum-pool-size", "5",
                // tests compute the dashboard figures they check; no background computation at start-up
                "portal.dashboard.warm-up", "false")));
    }
}

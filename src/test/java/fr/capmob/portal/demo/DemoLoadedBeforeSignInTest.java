package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@code ./mvnw spring-boot:run} must not accept sign-ins before the demo is loaded: the demo is loaded before the
 * web server opens its port. The loaders are mocks; when the server starts, the test notes whether the demo's
 * {@code load()} had already been called.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
class DemoLoadedBeforeSignInTest {

    static final AtomicReference<Boolean> LOADED_WHEN_SERVER_STARTED = new AtomicReference<>();

    @MockitoBean DemoConsortium demo;
    @MockitoBean DemoImpact impact;
    @MockitoBean DemoGrants grants;
    @MockitoBean DemoBudget budget;

    @TestConfiguration
    static class ServerWatch {
        @Bean
        ApplicationListener<WebServerInitializedEvent> noteWhetherTheDemoWasLoaded() {
            return event -> {
                DemoConsortium demo = event.getApplicationContext().getBean(DemoConsortium.class);
                boolean loaded = mockingDetails(demo).getInvocations().stream()
                        .anyMatch(call -> call.getMethod().getName().equals("load"));
                LOADED_WHEN_SERVER_STARTED.set(loaded);
            };
        }
    }

    @Test
    void theDemoIsLoadedBeforeTheServerAcceptsRequests() {
        verify(demo).load();
        assertThat(LOADED_WHEN_SERVER_STARTED.get()).as("demo loaded when the web server started").isTrue();
    }
}

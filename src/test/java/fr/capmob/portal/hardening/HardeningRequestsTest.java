package fr.capmob.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.mobility.ReportService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests that used to answer 500 (or hang, or render ten million links), fired at the running portal over HTTP so
 * that the container's error pages are the real ones: each gets the expected status, the portal's own page, in time,
 * and leaves no ERROR line with a stack trace in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardeningRequestsTest {

    /** One request and what it must answer. */
    @FunctionalInterface
    interface Call {
        HttpResponse<String> send(HardeningRequestsTest test) throws Exception;
    }

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;

    String coordinator;
    long project;
    long host;
    long student;
    String reportToken;
    ListAppender<ILoggingEvent> logs;

    @BeforeAll
    void setUp() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Durcissement " + run);
        project = data.project("Durcissement " + run, school);
        host = data.host("Durcissement host " + run, school);
        student = data.student(school, "Durand " + run, "Léa", LocalDate.of(2004, 1, 1));
        long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        jdbc.update("update mobility set status = 'COMPLETED' where id = ?", mobility);
        coordinator = data.user("Coordination durcissement", Role.COORDINATOR, null);
        reportToken = reports.createLink(mobility, data.principal(coordinator)).token();
        // the first pages rendered after start-up take seconds (templates, JIT): the time limit is about hanging
        coordinator().get("/mobilities");
        anonymous().get("/login");
    }

    @BeforeEach
    void captureLogs() {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stopCapture() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    PortalClient anonymous() {
        return new PortalClient(port);
    }

    PortalClient coordinator() throws Exception {
        return new PortalClient(port).signedInAs(coordinator, TestData.PASSWORD);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("forged CSRF token on /login, anonymous", 403, "id=\"error-403\"", (Call) t -> t.anonymous()
                        .post("/login", Map.of("email", "x@example.org", "password", "x", "_csrf", "forged"))),
                Arguments.of("no CSRF token on /login, anonymous", 403, "id=\"error-403\"", (Call) t -> t.anonymous()
                        .post("/login", Map.of("email", "x@example.org", "password", "x"))),
                Arguments.of("forged CSRF token, signed in", 403, "id=\"error-403\"", (Call) t -> t.coordinator()
                        .post("/students", Map.of("lastName", "Martin", "_csrf", "forged"))),
                Arguments.of("malformed language cookie", 200, "lang=\"fr\"", (Call) t -> t.anonymous()
                        .get("/login", "Cookie", "CAPMOB_LANG=fr$x")),
                Arguments.of("language cookie with an unknown time zone", 200, "lang=\"fr\"", (Call) t -> t.anonymous()
                        .get("/login", "Cookie", "CAPMOB_LANG=fr/Nowhere_Zone")),
                Arguments.of("budget: next page after the last", 200, "Durcissement", (Call) t -> t.coordinator()
                        .get("/budget/projects/" + t.project + "?page=1")),
                Arguments.of("budget: page far beyond the last", 200, "Durcissement", (Call) t -> t.coordinator()
                        .get("/budget/projects/" + t.project + "?page=2147483647&size=-5")),
                Arguments.of("mobilities: page ten million", 200, "aria-current=\"page\"", (Call) t -> t.coordinator()
                        .get("/mobilities?page=10000000&size=1")),
                Arguments.of("unknown host on the mobility form", 200, "Cet organisme d’accueil n’existe pas.", (Call) t -> {
                    PortalClient c = t.coordinator();
                    return c.post("/mobilities", Map.of("_csrf", c.csrf("/mobilities/new"), "projectId", String.valueOf(t.project),
                            "activityType", "LM_SHORT_VET", "studentId", String.valueOf(t.student), "hostId", "987654321",
                            "startDate", "2019-05-06", "endDate", "2019-05-24"));
                }),
                Arguments.of("unknown student and project on the mobility form", 200, "<form", (Call) t -> {
                    PortalClient c = t.coordinator();
                    return c.post("/mobilities", Map.of("_csrf", c.csrf("/mobilities/new"), "projectId", "987654321",
                            "activityType", "LM_SHORT_VET", "studentId", "987654321", "hostId", String.valueOf(t.host),
                            "startDate", "2019-05-06", "endDate", "2019-05-24"));
                }),
                Arguments.of("an id that is no number", 400, "id=\"error-generic\"", (Call) t -> t.coordinator().get("/students/abc")),
                Arguments.of("an unknown student", 404, "id=\"error-404\"", (Call) t -> t.coordinator().get("/students/987654321")),
                Arguments.of("NUL in a form field", 200, "caractère de contrôle invisible", (Call) t -> {
                    PortalClient c = t.coordinator();
                    return c.post("/students", Map.of("_csrf", c.csrf("/students/new"), "lastName", "Mar\u0000tin", "firstName", "Léa"));
                }),
                Arguments.of("NUL on the anonymous report form", 200, "caractère de contrôle invisible", (Call) t -> {
                    PortalClient c = t.anonymous();
                    return c.post("/report/" + t.reportToken, Map.of("_csrf", c.csrf("/report/" + t.reportToken),
                            "learned", "Cuisine\u0000", "satisfaction", "5"));
                }),
                Arguments.of("other control character in a search", 400, "id=\"error-generic\"", (Call) t -> t.coordinator()
                        .get("/students?name=%1B%5B31m")),
                Arguments.of("NUL in the sign-in e-mail", 302, "", (Call) t -> {
                    PortalClient c = t.anonymous();
                    return c.post("/login", Map.of("_csrf", c.csrf("/login"), "email", "a\u0000@example.org", "password", "x"));
                }),
                Arguments.of("year 0 on a form", 200, "l’année doit être comprise entre 1900 et 2100", (Call) t -> {
                    PortalClient c = t.coordinator();
                    return c.post("/students", Map.of("_csrf", c.csrf("/students/new"), "lastName", "Martin", "birthDate", "0000-03-14"));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answersClearlyWithThePortalsPageAndNoStackTrace(String description, int status, String expected, Call call) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = call.send(this);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        String page = HtmlUtils.htmlUnescape(response.body()).replace('\u00a0', ' ');
        assertThat(response.statusCode()).as(description + ": " + page).isEqualTo(status);
        assertThat(page).contains(expected);
        if (status != 302) {
            assertThat(page).as("the portal's page").contains("CAPMOB");
        }
        assertThat(page).doesNotContain("Exception", "at org.", "Whitelabel", "Apache Tomcat");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        List<String> errors = logs.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        assertThat(errors).as("log lines with a stack trace or at ERROR").isEmpty();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> viaProxy = anonymous().get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(viaProxy)).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> plain = anonymous().get("/login");
        assertThat(sessionCookie(plain)).contains("HttpOnly").doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CAPMOB_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}

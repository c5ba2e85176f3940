package fr.capmob.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every actor × own / other school record, with the expected answer (ARCHITECTURE.md,
 * "Security model"). Rows come from every {@link MatrixRows} class of the test sources; an endpoint of the
 * handler mappings without a row fails {@link #everyEndpointHasARow()}. Each request runs in a transaction
 * that is rolled back, so rows cannot disturb each other.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    PlatformTransactionManager transactionManager;

    @TestFactory
    Stream<DynamicTest> everyActorGetsTheExpectedAnswer() {
        MatrixFixture fixture = new TransactionTemplate(transactionManager).execute(status -> createFixture());
        Map<Actor, CurrentUser> actors = actors();
        return allRows(fixture).stream().flatMap(row -> row.expected().entrySet().stream()
                .map(expectation -> DynamicTest.dynamicTest(
                        row.method() + " " + row.path() + " as " + expectation.getKey() + " → " + expectation.getValue(),
                        () -> check(row, expectation.getKey(), expectation.getValue(), actors))));
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> covered = new TreeSet<>();
        allRows(new MatrixFixture(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)).forEach(row -> covered.add(row.method() + " " + row.pattern()));
        Set<String> missing = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
                names.stream().map(name -> name + " " + pattern).filter(key -> !covered.contains(key)).forEach(missing::add);
            }
        }
        assertThat(missing).as("endpoints without a row in the authorisation matrix").isEmpty();
    }

    private void check(MatrixRow row, Actor actor, Outcome expected, Map<Actor, CurrentUser> actors) {
        MockHttpServletResponse response = new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            try {
                MockHttpServletRequestBuilder request = row.method().equals("POST")
                        ? post(row.path()).with(csrf()) : get(row.path());
                row.params().forEach(request::param);
                if (actor != Actor.ANONYMOUS) {
                    request.with(user(actors.get(actor)));
                }
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Outcome actual = classify(response);
        if (expected == Outcome.ALLOWED) {
            assertThat(actual).as("status %s", response.getStatus()).isIn(Outcome.OK, Outcome.REDIRECT);
        } else {
            assertThat(actual).as("status %s, location %s", response.getStatus(), response.getRedirectedUrl())
                    .isEqualTo(expected);
        }
    }

    private static Outcome classify(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = String.valueOf(response.getRedirectedUrl());
            return location.endsWith("/login") || location.contains("/login?") ? Outcome.LOGIN : Outcome.REDIRECT;
        }
        if (status >= 200 && status < 300) {
            return Outcome.OK;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        throw new AssertionError("unexpected status " + status);
    }

    private List<MatrixRow> allRows(MatrixFixture fixture) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MatrixRows.class));
        List<MatrixRow> rows = new ArrayList<>();
        scanner.findCandidateComponents("fr.capmob.portal").stream()
                .sorted((a, b) -> a.getBeanClassName().compareTo(b.getBeanClassName()))
                .forEach(definition -> {
                    try {
                        var constructor = Class.forName(definition.getBeanClassName()).getDeclaredConstructor();
                        constructor.setAccessible(true);
                        rows.addAll(((MatrixRows) constructor.newInstance()).rows(fixture));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return rows;
    }

    /** Created with the fixture, committed: the e-mail of each signed-in actor. */
    private final Map<Actor, String> emails = new EnumMap<>(Actor.class);

    private MatrixFixture createFixture() {
        String run = TestData.unique();
        long a = data.school("Matrix school A " + run, "EXPERIENCED");
        long b = data.school("Matrix school B " + run, "EXPERIENCED");
        long c = data.school("Matrix school C " + run);
        long d = data.school("Matrix school D " + run);
        long p = data.project("Matrix project P " + run, a, c);
        long q = data.project("Matrix project Q " + run, b, d);
        long pairP = data.pair(p, a, c);
        long pairQ = data.pair(q, b, d);
        emails.put(Actor.COORDINATOR, data.user("Coordinator", Role.COORDINATOR, null));
        emails.put(Actor.REFERENT_A, data.user("Referent A", Role.SCHOOL_REFERENT, a));
        emails.put(Actor.REFERENT_B, data.user("Referent B", Role.SCHOOL_REFERENT, b));
        emails.put(Actor.SCHOOL_ACCOUNTANT, data.user("School accountant", Role.ACCOUNTANT, a));
        emails.put(Actor.CONSORTIUM_ACCOUNTANT, data.user("Consortium accountant", Role.ACCOUNTANT, null));
        long hostA = data.host("Matrix host " + run, a);
        long tripC = data.trip(p, c, data.host("Matrix partner trip host " + run, c));
        long mobilityC = mobilityFor(p, c, run);
        long studentA = data.student(a, "Matrix A " + run, "Léa", java.time.LocalDate.of(2009, 3, 14));
        long studentB = data.student(b, "Matrix B " + run, "Hugo", java.time.LocalDate.of(2007, 6, 2));
        return new MatrixFixture(a, b, c, d, p, q, pairP, pairQ,
                data.userId(emails.get(Actor.REFERENT_A)), data.userId(emails.get(Actor.REFERENT_B)),
                hostA, studentA, studentB,
                data.staff(a, "Matrix staff A " + run, "Paul"),
                data.cityId("Paris", "FR"),
                // their own students and host, so that the rows deleting studentA, studentB and hostA still can
                mobilityFor(p, a, run), mobilityFor(q, b, run), data.trip(p, a, data.host("Matrix trip host " + run, a)),
                tripC, mobilityC);
    }

    private long mobilityFor(long project, long school, String run) {
        long student = data.student(school, "Matrix mobility " + school + " " + run, "Zoé", java.time.LocalDate.of(2000, 1, 1));
        long host = data.host("Matrix mobility host " + school + " " + run, school);
        return data.mobility(project, student, null, school, host, java.time.LocalDate.of(2019, 4, 1),
                java.time.LocalDate.of(2019, 4, 20));
    }

    private Map<Actor, CurrentUser> actors() {
        Map<Actor, CurrentUser> actors = new EnumMap<>(Actor.class);
        emails.forEach((actor, email) -> actors.put(actor, data.principal(email)));
        return actors;
    }
}

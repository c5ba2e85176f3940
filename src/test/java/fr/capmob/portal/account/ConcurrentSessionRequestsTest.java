package fr.capmob.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ten simultaneous requests of one freshly signed-in session: each of them stores the session's new CSRF token,
 * so with Spring Session's default statements several of them collide on the attributes table (HTTP 500). All ten
 * must succeed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSessionRequestsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int REQUESTS = 10;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    @RepeatedTest(3)
    void tenSimultaneousRequestsOfOneSessionAllSucceed() throws Exception {
        String email = data.user("Concurrent Coordinator", Role.COORDINATOR, null);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(client, email);

        List<Integer> statuses = simultaneously(client, "/account/password");

        assertThat(statuses).hasSize(REQUESTS).containsOnly(200);
    }

    private void signIn(HttpClient client, String email) throws Exception {
        String loginPage = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(loginPage);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "email=" + encode(email) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
                + encode(token.group(1));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private List<Integer> simultaneously(HttpClient client, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Callable<Integer> request = () -> {
                    start.await();
                    return client.send(get(path), HttpResponse.BodyHandlers.discarding()).statusCode();
                };
                answers.add(pool.submit(request));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

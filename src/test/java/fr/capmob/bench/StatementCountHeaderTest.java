package fr.capmob.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The benchmark's statement counter: counts only the requests that ask, and still sends the whole page. */
class StatementCountHeaderTest {

    private final DataSource dataSource = StatementCountHeader.countingDataSource(fakeDataSource());

    @Test
    void aRequestThatAsksGetsItsStatementsCountedInAHeaderAfterTheWholePage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mobilities");
        request.addHeader(StatementCountHeader.ASK, "1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new StatementCountHeader.CountFilter().doFilter(request, response, pageIssuing(3, "<p>page</p>"));

        assertThat(response.getHeader(StatementCountHeader.ANSWER)).isEqualTo("3");
        assertThat(response.getContentAsString()).isEqualTo("<p>page</p>");
    }

    @Test
    void anOrdinaryRequestIsNeitherCountedNorBuffered() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new StatementCountHeader.CountFilter().doFilter(new MockHttpServletRequest("GET", "/mobilities"), response,
                pageIssuing(2, "<p>page</p>"));

        assertThat(response.getHeader(StatementCountHeader.ANSWER)).isNull();
        assertThat(response.getContentAsString()).isEqualTo("<p>page</p>");
    }

    @Test
    void statementsOutsideACountedRequestDoNotCount() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.prepareStatement("select 1");
        }
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/budget");
        request.addHeader(StatementCountHeader.ASK, "1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new StatementCountHeader.CountFilter().doFilter(request, response, pageIssuing(0, ""));

        assertThat(response.getHeader(StatementCountHeader.ANSWER)).isEqualTo("0");
    }

    /** A page that prepares the statements on the counted DataSource, then writes its body. */
    private MockFilterChain pageIssuing(int statements, String body) {
        return new MockFilterChain(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                try (Connection connection = dataSource.getConnection()) {
                    for (int i = 0; i < statements; i++) {
                        connection.prepareStatement("select " + i);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                resp.getWriter().write(body);
            }
        });
    }

    private static DataSource fakeDataSource() {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? connection : null);
    }
}

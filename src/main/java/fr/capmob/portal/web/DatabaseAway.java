package fr.capmob.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * When the database is away, every request fails fast (the pool waits a few seconds for a connection:
 * {@code spring.datasource.hikari.connection-timeout}) and gets the portal's own "try again" page with HTTP 503,
 * logged as one warning line without a stack trace. This filter runs before the session filter, which reads the
 * database before any controller does; failures inside controllers get the same page from {@link ErrorPages}.
 * Nothing has to be restarted: the pool opens new connections as soon as the database answers again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseAway extends OncePerRequestFilter {

    static final String VIEW = "error/503";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAway.class);

    private final ThymeleafViewResolver views;
    private final LocaleResolver locales;

    DatabaseAway(ThymeleafViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!isDatabaseAway(failure) || response.isCommitted()) {
                throw failure;
            }
            warn(request, failure);
            response.reset();
            render(request, response);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        try {
            View view = views.resolveViewName(VIEW, locales.resolveLocale(request));
            view.render(Map.of(), request, response);
        } catch (Exception unrenderable) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("503 - database unavailable, try again in a minute.");
        }
    }

    static void warn(HttpServletRequest request, Throwable failure) {
        LOG.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(failure));
    }

    /** True when the failure comes from a connection to the database that could not be had or was lost. */
    static boolean isDatabaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception (PostgreSQL, and every JDBC driver)
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

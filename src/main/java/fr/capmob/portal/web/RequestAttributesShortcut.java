package fr.capmob.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request attributes read and written past the wrappers that only pass them on. Thymeleaf keeps a page's variables,
 * its loop and local ones included, as request attributes: every {@code ${row}} of a template is a
 * {@code getAttribute} that went down the five request wrappers of the session and security filters, each passing it
 * to the next, before reaching Tomcat's request (5–6 % of a heavy page's time at 100× the demo). The request given to
 * the controllers and views sends each attribute call straight to the first request of the chain that handles that
 * call itself: Tomcat's own, or a wrapper that overrides it (Tomcat's forward and include wrapper overrides all four;
 * Spring's resource URL wrapper, {@code setAttribute}). The chain is walked on every call, so a wrapper inserted in it
 * later (by a forward) is honoured; attributes are the same values in the same place as without this filter.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // the last filter: its request is the one the controllers and views get
class RequestAttributesShortcut extends OncePerRequestFilter {

    /** The attribute methods, each a bit of {@link #PASSED_ON}. */
    static final int GET = 1;
    static final int NAMES = 2;
    static final int SET = 4;
    static final int REMOVE = 8;

    /** Which attribute methods a wrapper class leaves to {@link ServletRequestWrapper}'s pass-through (bits above). */
    private static final ClassValue<Integer> PASSED_ON = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return passedOn(type, GET, "getAttribute", String.class) | passedOn(type, NAMES, "getAttributeNames")
                    | passedOn(type, SET, "setAttribute", String.class, Object.class)
                    | passedOn(type, REMOVE, "removeAttribute", String.class);
        }
    };

    private static int passedOn(Class<?> type, int bit, String method, Class<?>... parameters) {
        try {
            return type.getMethod(method, parameters).getDeclaringClass() == ServletRequestWrapper.class ? bit : 0;
        } catch (NoSuchMethodException impossible) {
            return 0;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ShortcutRequest(request), response);
    }

    /** The first request of the chain below {@code request} that handles the attribute method {@code method} itself. */
    static ServletRequest attributesHolder(ServletRequest request, int method) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper && (PASSED_ON.get(wrapper.getClass()) & method) != 0) {
            current = wrapper.getRequest();
        }
        return current;
    }

    /** The request as the controllers and views get it: attributes from {@link #attributesHolder}, the rest as given. */
    static final class ShortcutRequest extends HttpServletRequestWrapper {

        ShortcutRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributesHolder(getRequest(), GET).getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return attributesHolder(getRequest(), NAMES).getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributesHolder(getRequest(), SET).setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributesHolder(getRequest(), REMOVE).removeAttribute(name);
        }
    }
}

package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.web.RequestAttributesShortcut.ShortcutRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Request attributes reach the request that holds them past the wrappers that only pass them on, and only those. */
class RequestAttributesShortcutTest {

    /** A wrapper like the security and session filters' ones: attributes passed on. */
    static class PassingOn extends HttpServletRequestWrapper {
        PassingOn(HttpServletRequest request) {
            super(request);
        }
    }

    /** A wrapper that answers one attribute itself, like Tomcat's forward wrapper does for its own attributes. */
    static class AnsweringOne extends HttpServletRequestWrapper {
        AnsweringOne(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return "forwarded".equals(name) ? "from the wrapper" : super.getAttribute(name);
        }
    }

    /** A wrapper that sees the attributes set through it, like Spring's resource URL wrapper. */
    static class SeeingWrites extends HttpServletRequestWrapper {
        String seen;

        SeeingWrites(HttpServletRequest request) {
            super(request);
        }

        @Override
        public void setAttribute(String name, Object value) {
            seen = name;
            super.setAttribute(name, value);
        }
    }

    MockHttpServletRequest tomcat = new MockHttpServletRequest();

    @Test
    void attributesAreTheContainersOwnWhicheverSideWritesThem() {
        ShortcutRequest shortcut = new ShortcutRequest(new PassingOn(new PassingOn(tomcat)));
        shortcut.setAttribute("row", 1);
        tomcat.setAttribute("page", 2);
        assertThat(tomcat.getAttribute("row")).isEqualTo(1);
        assertThat(shortcut.getAttribute("page")).isEqualTo(2);
        assertThat(Collections.list(shortcut.getAttributeNames())).contains("row", "page");
        shortcut.removeAttribute("row");
        assertThat(tomcat.getAttribute("row")).isNull();
        assertThat(RequestAttributesShortcut.attributesHolder(shortcut.getRequest(), RequestAttributesShortcut.GET))
                .isSameAs(tomcat);
    }

    @Test
    void aWrapperThatHandlesAnAttributeMethodItselfIsHonouredForThatMethod() {
        SeeingWrites seeing = new SeeingWrites(new PassingOn(tomcat));
        ShortcutRequest shortcut = new ShortcutRequest(new AnsweringOne(seeing));
        tomcat.setAttribute("forwarded", "from the container");
        assertThat(shortcut.getAttribute("forwarded")).isEqualTo("from the wrapper");
        shortcut.setAttribute("item", 3);
        assertThat(seeing.seen).as("the write went through the wrapper that watches writes").isEqualTo("item");
        assertThat(tomcat.getAttribute("item")).isEqualTo(3);
    }

    @Test
    void aWrapperInsertedInTheChainAfterwardsIsHonoured() {
        PassingOn outer = new PassingOn(tomcat);
        ShortcutRequest shortcut = new ShortcutRequest(outer);
        outer.setRequest(new AnsweringOne(tomcat)); // what Tomcat does when it forwards the request
        assertThat(shortcut.getAttribute("forwarded")).isEqualTo("from the wrapper");
    }

    @Test
    void theFilterHandsTheShortcutOnWithTheSameRequestBehindIt() throws Exception {
        AtomicReference<ServletRequest> given = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                given.set(request);
            }
        };
        tomcat.setRequestURI("/budget");
        new RequestAttributesShortcut().doFilter(tomcat, new MockHttpServletResponse(), chain);
        assertThat(given.get()).isInstanceOf(ShortcutRequest.class);
        assertThat(((HttpServletRequest) given.get()).getRequestURI()).isEqualTo("/budget");
    }
}

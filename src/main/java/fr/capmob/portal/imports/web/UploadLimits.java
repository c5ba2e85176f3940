package fr.capmob.portal.imports.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import fr.capmob.portal.imports.ImportKind;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the multipart limit (2 MB) is refused before any controller sees it: say so plainly. The container
 * refuses it as soon as a filter reads a parameter (Spring Security's CSRF check does), so the refusal is caught
 * here, before the security filters, and answered with a redirect to the page that explains it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadLimits extends OncePerRequestFilter {

    static final String PAGE = "/imports/too-large";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!tooLarge(failure) || response.isCommitted()) {
                throw failure;
            }
            // back to the right upload page from there: /imports/students → ?kind=students
            String kind = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
            response.sendRedirect(request.getContextPath() + PAGE
                    + (ImportKind.fromSlug(kind).isPresent() ? "?kind=" + kind : ""));
        }
    }

    /** The container's size refusal (Tomcat: FileSizeLimitExceededException, SizeLimitExceededException), or Spring's. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (cause instanceof MaxUploadSizeExceededException || name.equals("FileSizeLimitExceededException")
                    || name.equals("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    /** When the multipart request is parsed by Spring first, the same refusal arrives as an exception. */
    @ControllerAdvice
    static class Advice {

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
        String tooLarge() {
            return "imports/too-large";
        }
    }
}

package fr.capmob.portal.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * A refused sign-in: a throttled client gets the sign-in page with status 429 and {@code Retry-After} (rendered by
 * {@code /login/throttled}); a lock of this e-mail for this client goes to {@code /login?locked}; anything else
 * (wrong password, unknown or inactive account) to {@code /login?error}.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String THROTTLED_PAGE = "/login/throttled";

    private final ExceptionMappingAuthenticationFailureHandler redirects = new ExceptionMappingAuthenticationFailureHandler();

    SignInFailureHandler() {
        redirects.setDefaultFailureUrl("/login?error");
        redirects.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute(LoginProperties.RETRY_AFTER_SECONDS, throttled.retryAfterSeconds());
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
            return;
        }
        redirects.onAuthenticationFailure(request, response, exception);
    }
}

package fr.capmob.portal.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in, the portal speaks the user's preferred language. */
class PreferredLanguageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;

    PreferredLanguageSuccessHandler(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(user.preferredLanguage()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}

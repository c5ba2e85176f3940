package fr.capmob.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} change the locale only to a language the portal speaks. */
class SupportedLanguagesOnly implements HandlerInterceptor {

    static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final LocaleChangeInterceptor delegate;

    SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter("lang");
        if (lang != null && LANGUAGES.contains(lang)) {
            return delegate.preHandle(request, response, handler);
        }
        return true;
    }
}

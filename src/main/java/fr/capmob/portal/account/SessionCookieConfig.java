package fr.capmob.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie written by Spring Session (JDBC). Spring Session writes its own cookie, so the servlet
 * container's cookie settings do not reach it (tests showed a plain {@code SESSION} cookie without HttpOnly or
 * SameSite): name, HttpOnly and SameSite are set here. Secure follows the request (true behind HTTPS).
 */
@Configuration
class SessionCookieConfig {

    static final String COOKIE_NAME = "CAPMOB_SESSION";

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(COOKIE_NAME);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}

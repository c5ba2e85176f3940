package fr.capmob.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The security model's first layer: form login, URL rules by role, CSRF, security headers. The second layer
 * (record scope by school) lives in each module's services. Method security guards controller methods.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LocaleResolver localeResolver,
                                           AuthenticationManager signInManager) throws Exception {
        http
            .authenticationManager(signInManager)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", SignInFailureHandler.THROTTLED_PAGE, "/account/set-password/**", "/error", "/report/**",
                        "/privacy-notice", "/accessibility",
                        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                        "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/users", "/users/**").hasRole(Role.COORDINATOR.name())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(new PreferredLanguageSuccessHandler(localeResolver))
                .failureHandler(new SignInFailureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("CAPMOB_SESSION"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * The sign-in's manager: only {@link ThrottledAuthenticationProvider} (no fallback provider that could check the
     * password again past the limits); it publishes the usual success and failure events.
     */
    @Bean
    AuthenticationManager signInManager(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                        ApplicationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

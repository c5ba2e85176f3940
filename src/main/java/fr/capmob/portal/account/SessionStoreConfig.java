package fr.capmob.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC). Its default statements insert a new session attribute
 * with a plain {@code insert}: two simultaneous requests of one session that both add the same attribute (the
 * CSRF token of the first pages after sign-in, a double-submitted form) then collide on the attributes' primary
 * key and one of them fails with HTTP 500. Spring Session's PostgreSQL customizer writes attributes with
 * {@code insert … on conflict do update} instead, so the last writer wins and no request fails.
 */
@Configuration
class SessionStoreConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}

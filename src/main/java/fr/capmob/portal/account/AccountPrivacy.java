package fr.capmob.portal.account;

import fr.capmob.portal.shared.NotFoundException;
import java.time.Instant;
import fr.capmob.portal.shared.AuditedRows;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy module may ask of accounts: everything held about one user (for an export), replacing a user's
 * personal data by a pseudonymous code, deactivating accounts unused for too long, purging one-time links.
 */
@Service
@Transactional
public class AccountPrivacy {

    /** The domain of the e-mail an anonymised account keeps (RFC 2606: never delivered). */
    public static final String ANONYMISED_DOMAIN = "anonymised.invalid";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final UserAccountRepository users;
    private final AuditedRows audit;

    AccountPrivacy(JdbcClient jdbc, AccountService accounts, FindByIndexNameSessionRepository<?> sessions,
                   UserAccountRepository users, AuditedRows audit) {
        this.audit = audit;
        this.users = users;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** One user's stored data: the account, its one-time links (never the token), its last sign-in. */
    @Transactional(readOnly = true)
    public UserPrivacyData dataOf(long userId) {
        UserView user = accounts.get(userId);
        Instant[] times = jdbc.sql("select created_at, last_sign_in_at from app_user where id = :id").param("id", userId)
                .query((rs, n) -> new Instant[] {rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()}).single();
        List<UserPrivacyData.Link> links = jdbc.sql("""
                        select created_at, expires_at, used_at, created_by from password_token
                        where user_id = :id order by created_at""").param("id", userId)
                .query((rs, n) -> new UserPrivacyData.Link(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
        return new UserPrivacyData(user, times[0], times[1], links);
    }

    /**
     * Replaces the user's name and e-mail by the code, removes the password and the one-time links, deactivates
     * the account and ends its sessions. The account row stays (its id may be referred to).
     */
    public void anonymise(long userId, String code, long actingUserId) {
        if (userId == actingUserId) {
            throw new AccountRuleException(null, "user.anonymise.self");
        }
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        String email = account.getEmail();
        account.anonymise(code.toLowerCase() + "@" + ANONYMISED_DOMAIN, code);
        users.flush();
        jdbc.sql("delete from password_token where user_id = :id").param("id", userId).update();
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }

    /**
     * Deactivates the active accounts whose last sign-in (or creation, if never) is before {@code cutoff}, and ends
     * their sessions; returns their e-mails.
     */
    public List<String> deactivateInactiveSince(Instant cutoff) {
        List<Deactivated> users = jdbc.sql("""
                        update app_user set active = false, version = version + 1, updated_at = now(),
                               updated_by = 'system:retention'
                        where active and coalesce(last_sign_in_at, created_at) < :cutoff returning id, email""")
                .param("cutoff", java.sql.Timestamp.from(cutoff))
                .query((rs, n) -> new Deactivated(rs.getLong("id"), rs.getString("email"))).list();
        for (Deactivated user : users) {
            audit.changed("app_user", "id", user.id());
            sessions.findByPrincipalName(user.email()).keySet().forEach(sessions::deleteById);
        }
        return users.stream().map(Deactivated::email).toList();
    }

    private record Deactivated(long id, String email) {
    }

    /** Deletes the one-time links used or expired before {@code now}; returns how many. */
    public int purgePasswordLinks(Instant now) {
        return jdbc.sql("delete from password_token where used_at is not null or expires_at <= :now")
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    /** Records a successful sign-in (for the inactivity rule). */
    void recordSignIn(long userId, Instant when) {
        jdbc.sql("update app_user set last_sign_in_at = :when where id = :id").param("when", java.sql.Timestamp.from(when))
                .param("id", userId).update();
    }
}

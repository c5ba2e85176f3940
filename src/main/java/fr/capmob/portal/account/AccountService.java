package fr.capmob.portal.account;

import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's facade: users (list, create, edit, activate, deactivate), one-time password links and
 * password changes. Callers are authorised by the controllers (coordinator-only pages); this service applies
 * the account rules and answers views, never entities.
 */
@Service
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final int TOKEN_BYTES = 32;
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final UserAccountRepository users;
    private final PasswordTokenRepository tokens;
    private final SchoolDirectory schools;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final PasswordLinkProperties linkProperties;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final Clock clock;
    private final PasswordLinkMail linkMail;
    private final SecureRandom random = new SecureRandom();

    AccountService(UserAccountRepository users, PasswordTokenRepository tokens, SchoolDirectory schools,
                   PasswordPolicy policy, PasswordEncoder encoder, PasswordLinkProperties linkProperties,
                   FindByIndexNameSessionRepository<?> sessions, Clock clock, PasswordLinkMail linkMail) {
        this.users = users;
        this.tokens = tokens;
        this.schools = schools;
        this.policy = policy;
        this.encoder = encoder;
        this.linkProperties = linkProperties;
        this.sessions = sessions;
        this.clock = clock;
        this.linkMail = linkMail;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public Page<UserSummary> list(UserFilter filter, Pageable pageable) {
        Page<UserAccount> page = ListQuery.clamped(pageable, p -> users.findAll(UserSpecifications.matching(filter), p));
        Set<Long> schoolIds = page.stream().map(UserAccount::getSchoolId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = schools.namesOf(schoolIds);
        return page.map(user -> new UserSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
                user.getSchoolId(), user.getSchoolId() == null ? null : names.get(user.getSchoolId()), user.isActive()));
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        UserAccount user = find(id);
        String schoolName = user.getSchoolId() == null ? null
                : schools.namesOf(List.of(user.getSchoolId())).get(user.getSchoolId());
        return new UserView(user.getId(), user.getVersion(), user.getEmail(), user.getDisplayName(), user.getRole(),
                user.getSchoolId(), schoolName, user.isActive(), user.getPreferredLanguage(),
                user.getPasswordHash() != null, user.getPasswordChangedAt(),
                user.getUpdatedAt(), user.getUpdatedBy());
    }

    /** The chosen school's label, shown again in the school picker of the user forms and filters. */
    @Transactional(readOnly = true)
    public String schoolLabel(Long schoolId) {
        return schools.labelOf(schoolId);
    }

    // ------------------------------------------------------------------ users

    /** Creates the user (without a password) and their first one-time link, e-mailed to them. */
    public CreatedUser create(UserCommand command) {
        String email = UserAccount.normaliseEmail(command.email());
        checkRules(command);
        if (users.existsByEmail(email)) {
            throw new AccountRuleException("email", "user.email.taken");
        }
        UserAccount user = users.saveAndFlush(new UserAccount(email, command.displayName().trim(), command.role(),
                command.schoolId(), language(command.preferredLanguage())));
        log.info("User {} created with role {}", user.getId(), user.getRole());
        String token = issueLink(user.getId());
        linkMail.send(user, token);
        return new CreatedUser(user.getId(), token);
    }

    /** Saves an edit made on {@code versionSeen}; a stale version throws {@link fr.capmob.portal.shared.ConcurrentEditException}. */
    public void update(long id, long versionSeen, UserCommand command) {
        UserAccount user = find(id);
        user.checkVersion(versionSeen);
        String email = UserAccount.normaliseEmail(command.email());
        checkRules(command);
        if (users.existsByEmailAndIdNot(email, id)) {
            throw new AccountRuleException("email", "user.email.taken");
        }
        String previousEmail = user.getEmail();
        boolean scopeChanges = !email.equals(previousEmail) || user.getRole() != command.role()
                || !Objects.equals(user.getSchoolId(), command.schoolId());
        user.update(email, command.displayName().trim(), command.role(), command.schoolId(),
                language(command.preferredLanguage()));
        users.flush();
        if (scopeChanges) {
            // an open session keeps the role and school it signed in with: it must not outlive them
            endSessions(previousEmail);
        }
    }

    /** Deactivates the user and ends every session they have open. Nobody can deactivate themself. */
    public void deactivate(long id, long actingUserId) {
        if (id == actingUserId) {
            throw new AccountRuleException(null, "user.deactivate.self");
        }
        UserAccount user = find(id);
        user.deactivate();
        users.flush();
        int ended = endSessions(user.getEmail());
        log.info("User {} deactivated, {} session(s) ended", id, ended);
    }

    public void activate(long id) {
        find(id).activate();
        users.flush();
    }

    /** A new one-time link for the user (older unused links stop working), e-mailed; returns the token to show once. */
    public String newPasswordLink(long id) {
        UserAccount user = find(id);
        String token = issueLink(user.getId());
        linkMail.send(user, token);
        return token;
    }

    // ------------------------------------------------------------------ passwords

    /** Throws {@link InvalidPasswordLinkException} unless the token is a usable link. */
    @Transactional(readOnly = true)
    public void checkPasswordLink(String token) {
        usableToken(token);
    }

    /** Sets the password of the link's user, uses the link up and ends every session the user had open. */
    public void setPasswordWithLink(String token, String newPassword) {
        PasswordToken link = usableToken(token);
        UserAccount user = find(link.getUserId());
        List<String> problems = policy.problems(newPassword, user.getEmail());
        if (!problems.isEmpty()) {
            throw new AccountRuleException("password", problems);
        }
        Instant now = clock.instant();
        link.markUsed(now);
        user.changePassword(encoder.encode(newPassword), now);
        users.flush();
        // after the flush: this bulk update clears the persistence context
        tokens.invalidateUnused(user.getId(), now);
        // whoever signed in with the old password (a stolen password, a forgotten computer) is signed out
        int ended = endSessions(user.getEmail());
        log.info("User {} set their password with a one-time link, {} session(s) ended", user.getId(), ended);
    }

    /**
     * The signed-in user changes their own password; their other sessions (another browser, a forgotten
     * computer) end, the one given is kept.
     */
    public void changePassword(long userId, String currentPassword, String newPassword, String keptSessionId) {
        UserAccount user = find(userId);
        if (currentPassword == null || user.getPasswordHash() == null
                || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountRuleException("currentPassword", "password.current.wrong");
        }
        List<String> problems = policy.problems(newPassword, user.getEmail());
        if (!problems.isEmpty()) {
            throw new AccountRuleException("password", problems);
        }
        user.changePassword(encoder.encode(newPassword), clock.instant());
        users.flush();
        endSessions(user.getEmail(), keptSessionId);
    }

    // ------------------------------------------------------------------ bootstrap

    /** True when there is no user at all (a fresh production database). */
    @Transactional(readOnly = true)
    boolean hasNoUser() {
        return users.count() == 0;
    }

    /** The first coordinator, with a password (bootstrap only). */
    void createFirstCoordinator(String email, String displayName, String password) {
        List<String> problems = policy.problems(password, email);
        if (!problems.isEmpty()) {
            throw new AccountRuleException("password", problems);
        }
        UserAccount user = new UserAccount(email, displayName, Role.COORDINATOR, null, "fr");
        user.changePassword(encoder.encode(password), clock.instant());
        users.saveAndFlush(user);
    }

    // ------------------------------------------------------------------ internals

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private void checkRules(UserCommand command) {
        if (command.role() == Role.SCHOOL_REFERENT && command.schoolId() == null) {
            throw new AccountRuleException("schoolId", "user.school.requiredForReferent");
        }
        if (command.role() == Role.COORDINATOR && command.schoolId() != null) {
            throw new AccountRuleException("schoolId", "user.school.forbiddenForCoordinator");
        }
        if (command.schoolId() != null && !schools.exists(command.schoolId())) {
            throw new AccountRuleException("schoolId", "user.school.unknown");
        }
    }

    private static String language(String preferredLanguage) {
        return preferredLanguage != null && LANGUAGES.contains(preferredLanguage) ? preferredLanguage : "fr";
    }

    private String issueLink(long userId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.invalidateUnused(userId, now);
        tokens.save(new PasswordToken(userId, hash(token), now, now.plus(linkProperties.validity()), currentUserName()));
        return token;
    }

    private PasswordToken usableToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidPasswordLinkException();
        }
        PasswordToken link = tokens.findByTokenHash(hash(token)).orElseThrow(InvalidPasswordLinkException::new);
        if (!link.isUsable(clock.instant())) {
            throw new InvalidPasswordLinkException();
        }
        boolean userActive = users.findById(link.getUserId()).map(UserAccount::isActive).orElse(false);
        if (!userActive) {
            throw new InvalidPasswordLinkException();
        }
        return link;
    }

    private int endSessions(String email) {
        return endSessions(email, null);
    }

    private int endSessions(String email, String keptSessionId) {
        Set<String> ids = sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keptSessionId)).collect(Collectors.toSet());
        ids.forEach(sessions::deleteById);
        return ids.size();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUserName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
    }
}

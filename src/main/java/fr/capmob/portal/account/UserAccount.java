package fr.capmob.portal.account;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import fr.capmob.portal.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A person who signs in to the portal. The e-mail is the login, stored lower-case. */
@Entity
@Audited
@Table(name = "app_user")
class UserAccount extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    /** The school (consortium module) by id: required for referents, null = consortium-wide. */
    @Column(name = "school_id")
    private Long schoolId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "fr";

    @NotAudited
    @Column(name = "password_hash")
    private String passwordHash;

    /** Columns of the former per-account lock-out (now per account and client, in memory: SignInThrottle). */
    @NotAudited
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, Role role, Long schoolId, String preferredLanguage) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.role = role;
        this.schoolId = schoolId;
        this.preferredLanguage = preferredLanguage;
    }

    static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(id, email, displayName, role, schoolId, preferredLanguage, active, false, passwordHash);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    void update(String email, String displayName, Role role, Long schoolId, String preferredLanguage) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.role = role;
        this.schoolId = schoolId;
        this.preferredLanguage = preferredLanguage;
    }

    void deactivate() {
        active = false;
    }

    /** Replaces the name and e-mail by a pseudonym, removes the password and deactivates (privacy module). */
    void anonymise(String pseudonymousEmail, String pseudonym) {
        this.email = normaliseEmail(pseudonymousEmail);
        this.displayName = pseudonym;
        this.passwordHash = null;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.active = false;
    }

    void activate() {
        active = true;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Role getRole() {
        return role;
    }

    Long getSchoolId() {
        return schoolId;
    }

    boolean isActive() {
        return active;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}

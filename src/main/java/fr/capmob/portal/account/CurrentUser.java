package fr.capmob.portal.account;

import fr.capmob.portal.shared.AuditAuthor;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user and their school scope. Controllers receive it with {@code @AuthenticationPrincipal};
 * services use it to filter records by school.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable, AuditAuthor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final Long schoolId;
    private final String preferredLanguage;
    private final boolean active;
    private final boolean locked;
    private String passwordHash;

    public CurrentUser(long id, String email, String displayName, Role role, Long schoolId,
                       String preferredLanguage, boolean active, boolean locked, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.schoolId = schoolId;
        this.preferredLanguage = preferredLanguage;
        this.active = active;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    @Override
    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The user's school; null for coordinators and consortium-wide accountants. */
    public Long schoolId() {
        return schoolId;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    public boolean isReferent() {
        return role == Role.SCHOOL_REFERENT;
    }

    public boolean isAccountant() {
        return role == Role.ACCOUNTANT;
    }

    /** True when the user sees every school: coordinators and accountants attached to no school. */
    public boolean seesWholeConsortium() {
        return isCoordinator() || (isAccountant() && schoolId == null);
    }

    /** True when the user may read records of the given school (tutoring-pair access aside). */
    public boolean canRead(long schoolIdOfRecord) {
        return seesWholeConsortium() || (schoolId != null && schoolId == schoolIdOfRecord);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + email + ", " + role + "]";
    }
}

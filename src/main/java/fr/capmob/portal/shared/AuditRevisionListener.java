package fr.capmob.portal.shared;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who made a revision: the signed-in user (id and display name); the background job named by {@link AuditActor};
 * "anonymous" for a request without sign-in (the participant's report form); else "system".
 */
class AuditRevisionListener implements RevisionListener {

    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditAuthor user) {
            revision.author(user.id(), user.displayName());
        } else if (AuditActor.jobName().isPresent()) {
            revision.author(null, AuditActor.jobName().get());
        } else if (authentication instanceof AnonymousAuthenticationToken) {
            revision.author(null, ANONYMOUS);
        } else if (authentication != null && authentication.isAuthenticated()) {
            revision.author(null, authentication.getName());
        } else {
            revision.author(null, SYSTEM);
        }
    }
}

package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Moves mobilities from status to status: who may make which move ({@link MobilityTransitions}), what a move
 * needs (a comment, a minor's escort before approval, their consent and exit authorisation before confirmation), and the history of every move in
 * {@code mobility_transition}. The grant follows each move ({@link MobilityGrants#refresh}); each move is published
 * ({@link MobilityMoved}) inside its transaction.
 */
@Component
class MobilityLifecycle {

    private final MobilityRepository mobilities;
    private final MobilityAccess access;
    private final JdbcClient jdbc;
    private final MobilityGrants grants;
    private final ApplicationEventPublisher events;
    private final ApprovalChecks checks;
    private final MinorConsents consents;

    MobilityLifecycle(MobilityRepository mobilities, MobilityAccess access, JdbcClient jdbc,
                      MobilityGrants grants, ApplicationEventPublisher events, ApprovalChecks checks,
                      MinorConsents consents) {
        this.consents = consents;
        this.mobilities = mobilities;
        this.access = access;
        this.jdbc = jdbc;
        this.grants = grants;
        this.events = events;
        this.checks = checks;
    }

    void transition(long id, MobilityStatus to, String comment, boolean forceMajeure, CurrentUser user) {
        Mobility mobility = access.visible(id, user);
        MobilityStatus from = mobility.getStatus();
        checkAllowed(mobility, from, to, user);
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        if (MobilityTransitions.needsComment(from, to) && reason == null) {
            throw new MobilityRuleException("comment", "mobility.transition.commentRequired");
        }
        if (to == MobilityStatus.APPROVED) {
            checkReadyForApproval(mobility);
        }
        if (to == MobilityStatus.CONFIRMED) {
            consents.checkBeforeConfirmation(id);
        }
        boolean cancelledForForceMajeure = to == MobilityStatus.CANCELLED && forceMajeure;
        mobility.moveTo(to, reason, cancelledForForceMajeure);
        mobilities.flush();
        record(id, from, to, user.email(), reason, cancelledForForceMajeure);
        grants.refresh(id, user.email());
        if (to == MobilityStatus.CANCELLED) {
            grants.refreshTierNeighbours(id, user.email());
        }
        publish(mobility, from, to, reason);
    }

    private void publish(Mobility mobility, MobilityStatus from, MobilityStatus to, String comment) {
        events.publishEvent(new MobilityMoved(mobility.getId(), mobility.getReference(), mobility.getSendingSchoolId(),
                from, to, comment));
    }

    private static void checkAllowed(Mobility mobility, MobilityStatus from, MobilityStatus to, CurrentUser user) {
        if (to == null || !MobilityTransitions.exists(from, to)) {
            throw new MobilityRuleException(null, "mobility.transition.impossible", from.name(), to == null ? "" : to.name());
        }
        MobilityActor actor = MobilityActor.of(user, mobility.getSendingSchoolId())
                .orElseThrow(() -> new AccessDeniedException("no part in this mobility"));
        if (!MobilityTransitions.allowed(actor, from, to)) {
            throw new MobilityRuleException(null, "mobility.transition.notYours", from.name(), to.name());
        }
    }

    /** COMPLETED → REPORTED through the participant's link (checked by the caller: no user is involved). */
    void reportedByParticipant(long id) {
        Mobility mobility = access.load(id);
        MobilityStatus from = mobility.getStatus();
        if (!MobilityTransitions.exists(from, MobilityStatus.REPORTED)) {
            throw new MobilityRuleException(null, "mobility.transition.impossible", from.name(), MobilityStatus.REPORTED.name());
        }
        mobility.moveTo(MobilityStatus.REPORTED, null, false);
        mobilities.flush();
        record(id, from, MobilityStatus.REPORTED, MobilityService.PARTICIPANT_LINK, null, false);
        publish(mobility, from, MobilityStatus.REPORTED, null);
    }

    /** What refuses an approval is computed by {@link ApprovalChecks}, the same checks the approval queue shows. */
    private void checkReadyForApproval(Mobility mobility) {
        ApprovalRefusal refusal = checks.of(mobility.getId()).stream().findFirst().orElse(null);
        if (refusal != null) {
            throw new MobilityRuleException(null, refusal.messageKey(), refusal.args().toArray());
        }
    }

    void record(long mobilityId, MobilityStatus from, MobilityStatus to, String changedBy, String comment,
                boolean forceMajeure) {
        jdbc.sql("""
                        insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at, comment, force_majeure)
                        values (:m, :from, :to, :by, :at, :comment, :fm)""")
                .param("m", mobilityId).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("by", changedBy).param("at", Timestamp.from(Instant.now()))
                .param("comment", comment).param("fm", forceMajeure).update();
    }

    /** The moves of a mobility, oldest first; who made each by their name (the e-mail of a user deleted since). */
    List<TransitionRecord> history(long id) {
        return jdbc.sql("""
                        select t.from_status, t.to_status, coalesce(u.display_name, t.changed_by) as changed_by,
                               t.changed_at, t.comment, t.force_majeure
                        from mobility_transition t left join app_user u on u.email = t.changed_by
                        where t.mobility_id = :id order by t.changed_at, t.id""")
                .param("id", id)
                .query((rs, n) -> new TransitionRecord(
                        rs.getString("from_status") == null ? null : MobilityStatus.valueOf(rs.getString("from_status")),
                        MobilityStatus.valueOf(rs.getString("to_status")), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("comment"), rs.getBoolean("force_majeure")))
                .list();
    }
}

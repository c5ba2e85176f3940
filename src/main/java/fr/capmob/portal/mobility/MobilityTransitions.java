package fr.capmob.portal.mobility;

import static fr.capmob.portal.mobility.MobilityActor.COORDINATOR;
import static fr.capmob.portal.mobility.MobilityActor.REFERENT;
import static fr.capmob.portal.mobility.MobilityStatus.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may move a mobility from which status to which: the whole lifecycle in one table. Referents submit and
 * follow their school's mobilities (departure, return, report) and may withdraw them before approval; the
 * coordinators do everything, alone approve, send back, confirm, and cancel after approval.
 */
public final class MobilityTransitions {

    public record Transition(MobilityStatus from, MobilityStatus to, Set<MobilityActor> actors) {
    }

    private static final Set<MobilityActor> BOTH = EnumSet.of(COORDINATOR, REFERENT);
    private static final Set<MobilityActor> COORDINATORS = EnumSet.of(COORDINATOR);

    public static final List<Transition> TABLE = List.of(
            new Transition(DRAFT, SUBMITTED, BOTH),
            new Transition(SUBMITTED, DRAFT, COORDINATORS),
            new Transition(SUBMITTED, APPROVED, COORDINATORS),
            new Transition(APPROVED, CONFIRMED, COORDINATORS),
            new Transition(CONFIRMED, IN_PROGRESS, BOTH),
            new Transition(IN_PROGRESS, COMPLETED, BOTH),
            new Transition(COMPLETED, REPORTED, BOTH),
            new Transition(DRAFT, CANCELLED, BOTH),
            new Transition(SUBMITTED, CANCELLED, BOTH),
            new Transition(APPROVED, CANCELLED, COORDINATORS),
            new Transition(CONFIRMED, CANCELLED, COORDINATORS),
            new Transition(IN_PROGRESS, CANCELLED, COORDINATORS));

    private MobilityTransitions() {
    }

    public static boolean allowed(MobilityActor actor, MobilityStatus from, MobilityStatus to) {
        return TABLE.stream().anyMatch(t -> t.from() == from && t.to() == to && t.actors().contains(actor));
    }

    /** Whether the move exists at all, for anyone (to tell "not from this status" from "not for you"). */
    public static boolean exists(MobilityStatus from, MobilityStatus to) {
        return TABLE.stream().anyMatch(t -> t.from() == from && t.to() == to);
    }

    /** The statuses this actor may move a mobility to from {@code from}, in lifecycle order. */
    public static List<MobilityStatus> targets(MobilityActor actor, MobilityStatus from) {
        return TABLE.stream().filter(t -> t.from() == from && t.actors().contains(actor)).map(Transition::to)
                .sorted().toList();
    }

    /** Going back to DRAFT and cancelling need a comment (the reason). */
    public static boolean needsComment(MobilityStatus from, MobilityStatus to) {
        return to == CANCELLED || (from == SUBMITTED && to == DRAFT);
    }

    /** The coordinator may edit until CONFIRMED; the referent only in DRAFT. */
    public static boolean editable(MobilityActor actor, MobilityStatus status) {
        return switch (actor) {
            case COORDINATOR -> status == DRAFT || status == SUBMITTED || status == APPROVED;
            case REFERENT -> status == DRAFT;
        };
    }
}

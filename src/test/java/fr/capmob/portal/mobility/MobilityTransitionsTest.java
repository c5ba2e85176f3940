package fr.capmob.portal.mobility;

import static fr.capmob.portal.mobility.MobilityStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every (role, from, to) is checked: the legal ones listed here, every other combination refused. */
class MobilityTransitionsTest {

    private static final Map<MobilityActor, Set<String>> LEGAL = Map.of(
            MobilityActor.COORDINATOR, Set.of("DRAFT>SUBMITTED", "SUBMITTED>DRAFT", "SUBMITTED>APPROVED",
                    "APPROVED>CONFIRMED", "CONFIRMED>IN_PROGRESS", "IN_PROGRESS>COMPLETED", "COMPLETED>REPORTED",
                    "DRAFT>CANCELLED", "SUBMITTED>CANCELLED", "APPROVED>CANCELLED", "CONFIRMED>CANCELLED",
                    "IN_PROGRESS>CANCELLED"),
            MobilityActor.REFERENT, Set.of("DRAFT>SUBMITTED", "CONFIRMED>IN_PROGRESS", "IN_PROGRESS>COMPLETED",
                    "COMPLETED>REPORTED", "DRAFT>CANCELLED", "SUBMITTED>CANCELLED"));

    @Test
    void everyTransitionOfEveryRoleIsLegalOnlyWhenListed() {
        int checked = 0;
        for (MobilityActor actor : MobilityActor.values()) {
            for (MobilityStatus from : MobilityStatus.values()) {
                for (MobilityStatus to : MobilityStatus.values()) {
                    boolean expected = LEGAL.get(actor).contains(from + ">" + to);
                    assertThat(MobilityTransitions.allowed(actor, from, to))
                            .as("%s: %s → %s", actor, from, to).isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 8 * 8);
    }

    @Test
    void nothingLeavesCompletedReportedOrCancelledExceptTheReport() {
        for (MobilityActor actor : MobilityActor.values()) {
            assertThat(MobilityTransitions.targets(actor, COMPLETED)).containsExactly(REPORTED);
            assertThat(MobilityTransitions.targets(actor, REPORTED)).isEmpty();
            assertThat(MobilityTransitions.targets(actor, CANCELLED)).isEmpty();
        }
    }

    @Test
    void cancellationIsPossibleFromEveryStatusBeforeCompletedOnly() {
        Set<MobilityStatus> cancellable = EnumSet.noneOf(MobilityStatus.class);
        for (MobilityStatus from : MobilityStatus.values()) {
            if (MobilityTransitions.exists(from, CANCELLED)) {
                cancellable.add(from);
            }
        }
        assertThat(cancellable).containsExactlyInAnyOrder(DRAFT, SUBMITTED, APPROVED, CONFIRMED, IN_PROGRESS);
    }

    @Test
    void sendingBackAndCancellingNeedAComment() {
        assertThat(MobilityTransitions.needsComment(SUBMITTED, DRAFT)).isTrue();
        assertThat(MobilityTransitions.needsComment(APPROVED, CANCELLED)).isTrue();
        assertThat(MobilityTransitions.needsComment(SUBMITTED, APPROVED)).isFalse();
        assertThat(MobilityTransitions.needsComment(DRAFT, SUBMITTED)).isFalse();
    }

    @Test
    void referentEditsDraftsOnlyCoordinatorUntilConfirmed() {
        for (MobilityStatus status : MobilityStatus.values()) {
            assertThat(MobilityTransitions.editable(MobilityActor.REFERENT, status)).as("referent %s", status)
                    .isEqualTo(status == DRAFT);
            assertThat(MobilityTransitions.editable(MobilityActor.COORDINATOR, status)).as("coordinator %s", status)
                    .isEqualTo(status == DRAFT || status == SUBMITTED || status == APPROVED);
        }
    }
}

package fr.capmob.portal.participant;

import fr.capmob.portal.shared.DependentRecordsException.Dependant;
import java.util.List;

/**
 * What refers to a student or staff member elsewhere (their mobilities), so that deleting them is refused with
 * the reason. Implemented by the module that owns those records; the arrow stays mobility → participant.
 */
public interface ParticipantUsage {

    List<Dependant> dependantsOfStudent(long studentId);

    List<Dependant> dependantsOfStaff(long staffId);
}

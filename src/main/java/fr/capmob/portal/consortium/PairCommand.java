package fr.capmob.portal.consortium;

import java.util.List;

/** What a coordinator enters for a pair: its project, the tutor and one or two tutored schools. */
public record PairCommand(Long projectId, Long tutorSchoolId, List<Long> tutoredSchoolIds) {
}

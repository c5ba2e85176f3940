package fr.capmob.portal.consortium;

import java.util.List;

/** A tutoring pair or trio as lists show it: its project, the tutor school and the tutored ones. */
public record PairSummary(long id, ProjectOption project, MemberSchool tutor, List<MemberSchool> tutored) {
}

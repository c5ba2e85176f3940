package fr.capmob.portal.consortium;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a tutoring pair (issue 2): one tutor and one or two tutored schools, the tutor is not tutored,
 * every school is a member of the project, a school is in at most one pair per project. A novice tutor or an
 * experienced tutored school is only a warning: the coordinator may have reasons. The database enforces the
 * refusals too (V1: {@code pair_member_once_per_project}, {@code pair_member_in_project}).
 */
final class PairRules {

    static final String TUTOR = "tutorSchoolId";
    static final String TUTORED = "tutoredSchoolIds";

    /**
     * @param projectMembers    the member schools of the pair's project
     * @param tutorOfOtherPair  for each school already in another pair of the project, that pair's tutor name
     * @param schools           name and experience of the schools involved, by id
     */
    record Candidate(Long tutorSchoolId, List<Long> tutoredSchoolIds, Set<Long> projectMembers,
                     Map<Long, String> tutorOfOtherPair, Map<Long, MemberSchool> schools) {
    }

    record Outcome(List<RuleViolation> errors, List<RuleViolation> warnings) {

        boolean accepted() {
            return errors.isEmpty();
        }
    }

    private PairRules() {
    }

    static Outcome check(Candidate pair) {
        List<RuleViolation> errors = new ArrayList<>();
        List<Long> tutoredInput = pair.tutoredSchoolIds() == null ? List.of()
                : pair.tutoredSchoolIds().stream().filter(Objects::nonNull).toList();
        Set<Long> tutored = new LinkedHashSet<>(tutoredInput);
        if (pair.tutorSchoolId() == null) {
            errors.add(RuleViolation.of(TUTOR, "pairing.tutor.required"));
        }
        if (tutored.isEmpty() || tutored.size() > 2) {
            errors.add(RuleViolation.of(TUTORED, "pairing.tutored.count"));
        }
        if (tutored.size() < tutoredInput.size()) {
            errors.add(RuleViolation.of(TUTORED, "pairing.tutored.twice"));
        }
        if (pair.tutorSchoolId() != null && tutored.contains(pair.tutorSchoolId())) {
            errors.add(RuleViolation.of(TUTORED, "pairing.tutored.isTutor"));
        }
        if (pair.tutorSchoolId() != null) {
            checkMembership(pair, pair.tutorSchoolId(), TUTOR, errors);
        }
        tutored.stream().filter(id -> !id.equals(pair.tutorSchoolId()))
                .forEach(id -> checkMembership(pair, id, TUTORED, errors));
        return new Outcome(errors, warnings(pair.tutorSchoolId(), tutored, pair.schools()));
    }

    /** A novice tutor, or an experienced school being tutored: allowed, but worth a second look. */
    static List<RuleViolation> warnings(Long tutorSchoolId, Set<Long> tutored, Map<Long, MemberSchool> schools) {
        List<RuleViolation> warnings = new ArrayList<>();
        MemberSchool tutor = tutorSchoolId == null ? null : schools.get(tutorSchoolId);
        if (tutor != null && tutor.experience() == Experience.NOVICE) {
            warnings.add(RuleViolation.of(TUTOR, "pairing.warning.tutorNovice", tutor.name()));
        }
        tutored.stream().map(schools::get).filter(Objects::nonNull)
                .filter(school -> school.experience() == Experience.EXPERIENCED && !school.equals(tutor))
                .forEach(school -> warnings.add(RuleViolation.of(TUTORED, "pairing.warning.tutoredExperienced", school.name())));
        return warnings;
    }

    private static void checkMembership(Candidate pair, Long schoolId, String field, List<RuleViolation> errors) {
        String name = nameOf(pair, schoolId);
        if (!pair.projectMembers().contains(schoolId)) {
            errors.add(RuleViolation.of(field, "pairing.school.notMember", name));
        } else if (pair.tutorOfOtherPair().containsKey(schoolId)) {
            errors.add(RuleViolation.of(field, "pairing.school.alreadyPaired", name, pair.tutorOfOtherPair().get(schoolId)));
        }
    }

    private static String nameOf(Candidate pair, Long schoolId) {
        MemberSchool school = pair.schools().get(schoolId);
        return school == null ? "#" + schoolId : school.name();
    }
}

package fr.capmob.portal.consortium;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything the detail page of a school shows: its fields, its projects and the tutoring pairs it is in. */
public record SchoolDetails(long id, long version, String name, String uai, String oid, String address,
                            String postcode, String city, Integer cityId, String phone, String email, Experience experience,
                            String headOfSchool, Set<VocationalField> fields, Set<QualificationLevel> levels,
                            Instant updatedAt, String updatedBy, List<ProjectOfSchool> projects,
                            List<PairOfSchool> pairs) {

    /** A project the school is a member of. */
    public record ProjectOfSchool(long id, String number, String title, ProjectStatus status) {
    }

    /** A tutoring pair the school is in: its part, and the other schools of the pair with theirs. */
    public record PairOfSchool(long pairId, long projectId, String projectTitle, PairRole role, List<Partner> partners) {
    }

    public record Partner(long schoolId, String name, PairRole role) {
    }

    public SchoolData data() {
        return new SchoolData(name, uai, oid, address, postcode, cityId, phone, email, experience, headOfSchool,
                fields, levels);
    }
}

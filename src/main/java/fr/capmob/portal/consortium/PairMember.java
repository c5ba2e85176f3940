package fr.capmob.portal.consortium;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One school of a tutoring pair, with its part. The project id is repeated so the database can check membership. */
@Embeddable
class PairMember {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairRole role;

    protected PairMember() {
    }

    PairMember(Long schoolId, Long projectId, PairRole role) {
        this.schoolId = schoolId;
        this.projectId = projectId;
        this.role = role;
    }

    Long getSchoolId() { return schoolId; }
    Long getProjectId() { return projectId; }
    PairRole getRole() { return role; }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairMember member && Objects.equals(member.schoolId, schoolId)
                && Objects.equals(member.projectId, projectId) && member.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schoolId, projectId, role);
    }
}

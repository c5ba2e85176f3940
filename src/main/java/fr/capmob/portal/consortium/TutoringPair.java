package fr.capmob.portal.consortium;

import fr.capmob.portal.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A tutoring pair or trio of one project: one experienced tutor school and one or two tutored schools. */
@Entity
@Table(name = "tutoring_pair")
class TutoringPair extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @ElementCollection
    @CollectionTable(name = "tutoring_pair_member", joinColumns = @JoinColumn(name = "pair_id"))
    private Set<PairMember> members = new HashSet<>();

    protected TutoringPair() {
    }

    TutoringPair(Long projectId) {
        this.projectId = projectId;
    }

    Long getId() { return id; }
    Long getProjectId() { return projectId; }
    Set<PairMember> getMembers() { return members; }

    Optional<Long> tutorSchoolId() {
        return members.stream().filter(m -> m.getRole() == PairRole.TUTOR).map(PairMember::getSchoolId).findFirst();
    }

    Set<Long> tutoredSchoolIds() {
        Set<Long> ids = new HashSet<>();
        members.stream().filter(m -> m.getRole() == PairRole.TUTORED).forEach(m -> ids.add(m.getSchoolId()));
        return ids;
    }

    boolean includes(Long schoolId) {
        return members.stream().anyMatch(m -> m.getSchoolId().equals(schoolId));
    }

    /** Replaces the members (the rules are checked by {@code PairRules} before). */
    void setMembers(Long tutorSchoolId, Set<Long> tutoredSchoolIds) {
        members.clear();
        members.add(new PairMember(tutorSchoolId, projectId, PairRole.TUTOR));
        tutoredSchoolIds.forEach(id -> members.add(new PairMember(id, projectId, PairRole.TUTORED)));
    }
}

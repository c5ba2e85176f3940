package fr.capmob.portal.consortium.web;

import fr.capmob.portal.consortium.MemberSchool;
import fr.capmob.portal.consortium.PairCommand;
import fr.capmob.portal.consortium.PairDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The create/edit form of a tutoring pair: a tutor and up to two tutored schools. Rules: {@code PairRules}. */
public class PairingForm {

    private Long projectId;
    private Long tutorSchoolId;
    private Long firstTutoredSchoolId;
    private Long secondTutoredSchoolId;
    private Long version;

    static PairingForm from(PairDetails details) {
        PairingForm form = new PairingForm();
        form.projectId = details.pair().project().id();
        form.tutorSchoolId = details.pair().tutor() == null ? null : details.pair().tutor().id();
        List<MemberSchool> tutored = details.pair().tutored();
        form.firstTutoredSchoolId = tutored.isEmpty() ? null : tutored.get(0).id();
        form.secondTutoredSchoolId = tutored.size() < 2 ? null : tutored.get(1).id();
        form.version = details.version();
        return form;
    }

    PairCommand toCommand() {
        List<Long> tutored = new ArrayList<>();
        if (firstTutoredSchoolId != null) {
            tutored.add(firstTutoredSchoolId);
        }
        if (secondTutoredSchoolId != null) {
            tutored.add(secondTutoredSchoolId);
        }
        return new PairCommand(projectId, tutorSchoolId, tutored);
    }

    /** The tutored schools chosen, in any order (for comparing with what is stored). */
    java.util.Set<Long> tutoredSet() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (firstTutoredSchoolId != null) {
            ids.add(firstTutoredSchoolId);
        }
        if (secondTutoredSchoolId != null) {
            ids.add(secondTutoredSchoolId);
        }
        return ids;
    }

    boolean sameTutorAs(PairingForm other) {
        return Objects.equals(tutorSchoolId, other.tutorSchoolId);
    }

    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public Long getTutorSchoolId() { return tutorSchoolId; }
    public void setTutorSchoolId(Long tutorSchoolId) { this.tutorSchoolId = tutorSchoolId; }
    public Long getFirstTutoredSchoolId() { return firstTutoredSchoolId; }
    public void setFirstTutoredSchoolId(Long id) { this.firstTutoredSchoolId = id; }
    public Long getSecondTutoredSchoolId() { return secondTutoredSchoolId; }
    public void setSecondTutoredSchoolId(Long id) { this.secondTutoredSchoolId = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}

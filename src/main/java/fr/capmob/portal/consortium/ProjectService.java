package fr.capmob.portal.consortium;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.shared.DependentRecordsException.Dependant;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects (grant agreements) of the consortium. Coordinators and consortium accountants see every project;
 * referents and school accountants only the projects their school belongs to (filtered in SQL; any other id
 * answers {@link NotFoundException}). Only coordinators change projects (checked on the controllers).
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final TutoringPairRepository pairs;
    private final PairingService pairings;
    private final ProjectPages projectPages;

    ProjectService(ProjectRepository projects, TutoringPairRepository pairs, PairingService pairings,
                   ProjectPages projectPages) {
        this.projects = projects;
        this.pairs = pairs;
        this.pairings = pairings;
        this.projectPages = projectPages;
    }

    public Page<ProjectSummary> list(ProjectFilter filter, Pageable pageable, CurrentUser user) {
        return projectPages.page(filter, scopeOf(user), pageable);
    }

    /** Member schools shown per page of the project's detail page. */
    public static final int MEMBER_PAGE = 25;

    /** Pairs shown on the project's detail page; the others are listed on /pairings?project={id}. */
    public static final int PAIRS_SHOWN = 10;

    public ProjectDetails get(long id, CurrentUser user) {
        return details(visible(id, user), user);
    }

    /**
     * The project's page in one transaction (the project read once): its details and a page of its member schools by
     * name, paged in SQL (a project may gather thousands).
     */
    public ProjectWithSchools withMemberSchools(long id, int page, CurrentUser user) {
        ProjectDetails details = details(visible(id, user), user);
        PageRequest schools = PageRequest.of(Math.max(page, 0), MEMBER_PAGE);
        return new ProjectWithSchools(details, projects.findMemberSchools(id, schools));
    }

    private ProjectDetails details(Project p, CurrentUser user) {
        var shownPairs = pairings.firstOfProject(p.getId(), user, PAIRS_SHOWN);
        return new ProjectDetails(p.getId(), p.getVersion(), p.getNumber(), p.getTitle(), p.getGeneration(),
                p.getCallYear(), p.getAction(), p.getNationalAgency(), p.getStartDate(), p.getEndDate(), p.getStatus(),
                p.getGrantedTravel(), p.getGrantedIndividualSupport(), p.getGrantedOrganisationalSupport(),
                p.getGrantedInclusionSupport(), p.getGrantedExceptionalCosts(), p.grantedTotal(),
                shownPairs.getContent(), shownPairs.getTotalElements(), p.getUpdatedBy(), p.getUpdatedAt(),
                p.getFinalReportDate());
    }

    /** Projects the user may see, for select boxes and filters. */
    public List<ProjectOption> options(CurrentUser user) {
        Long scope = scopeOf(user);
        return scope == null ? projects.findAllOptions() : projects.findOptionsOfSchool(scope);
    }

    public List<Integer> callYears() {
        return projects.findCallYears();
    }

    @Transactional
    public long create(ProjectCommand command) {
        ProjectCommand project = normalised(command);
        List<RuleViolation> violations = new ArrayList<>(ProjectRules.check(project));
        if (project.number() != null && projects.existsByNumber(project.number())) {
            violations.add(RuleViolation.of("number", "project.number.taken", project.number()));
        }
        if (!violations.isEmpty()) {
            throw new RegistryRuleException(violations);
        }
        Project created = new Project(project.number(), project.title(), project.generation(), project.callYear(),
                project.action(), project.nationalAgency(), project.startDate(), project.endDate(), project.status());
        applyAmounts(created, project);
        created.setFinalReportDate(project.finalReportDate());
        return saved(created, project).getId();
    }

    @Transactional
    public void update(long id, long version, ProjectCommand command) {
        Project stored = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
        stored.checkVersion(version);
        ProjectCommand project = normalised(command);
        List<RuleViolation> violations = new ArrayList<>(ProjectRules.check(project));
        if (project.number() != null && projects.existsByNumberAndIdNot(project.number(), id)) {
            violations.add(RuleViolation.of("number", "project.number.taken", project.number()));
        }
        if (!violations.isEmpty()) {
            throw new RegistryRuleException(violations);
        }
        stored.setNumber(project.number());
        stored.setTitle(project.title());
        stored.setGeneration(project.generation());
        stored.setCallYear(project.callYear());
        stored.setAction(project.action());
        stored.setNationalAgency(project.nationalAgency());
        stored.setStartDate(project.startDate());
        stored.setEndDate(project.endDate());
        stored.setStatus(project.status());
        stored.setFinalReportDate(project.finalReportDate());
        applyAmounts(stored, project);
        saved(stored, project);
    }

    /** Adds member schools; schools already members are left as they are. */
    @Transactional
    public int addSchools(long projectId, Collection<Long> schoolIds) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        Set<Long> wanted = new LinkedHashSet<>(schoolIds);
        if (wanted.isEmpty()) {
            throw new RegistryRuleException(RuleViolation.of("schoolIds", "project.schools.noneChosen"));
        }
        if (projects.findSchools(wanted).size() != wanted.size()) {
            throw new NotFoundException("school", wanted);
        }
        wanted.removeAll(project.getSchoolIds());
        project.getSchoolIds().addAll(wanted);
        projects.flush();
        return wanted.size();
    }

    /** Removes a member school, refused while the school is in a pair of this project. */
    @Transactional
    public void removeSchool(long projectId, long schoolId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        if (!project.getSchoolIds().contains(schoolId)) {
            throw new NotFoundException("project member", schoolId);
        }
        long pairsOfSchool = pairs.countPairsOfSchoolInProject(projectId, schoolId);
        if (pairsOfSchool > 0) {
            throw new DependentRecordsException(List.of(new Dependant("project.school.remove.inPair", pairsOfSchool)));
        }
        project.getSchoolIds().remove(schoolId);
        try {
            projects.flush();
        } catch (DataIntegrityViolationException e) {
            // a pair created meanwhile: the foreign key pair_member_in_project refused the removal
            throw new DependentRecordsException(List.of(new Dependant("project.school.remove.inPair", 1)));
        }
    }

    /** Deletes a project and its member list, refused while it has pairs. */
    @Transactional
    public void delete(long id) {
        Project project = projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
        long pairCount = pairs.countByProjectId(id);
        if (pairCount > 0) {
            throw new DependentRecordsException(List.of(new Dependant("project.delete.dependants.pairs", pairCount)));
        }
        projects.delete(project);
        try {
            projects.flush();
        } catch (DataIntegrityViolationException e) {
            throw new DependentRecordsException(List.of(new Dependant("project.delete.dependants.pairs", 1)));
        }
    }

    Project visible(long id, CurrentUser user) {
        Long scope = scopeOf(user);
        return (scope == null ? projects.findById(id) : projects.findVisible(id, scope))
                .orElseThrow(() -> new NotFoundException("project", id));
    }

    /** Null when the user sees every project, else the school whose projects they see. */
    static Long scopeOf(CurrentUser user) {
        if (user.seesWholeConsortium()) {
            return null;
        }
        // a scoped user without a school sees nothing (the database forbids referents without one)
        return user.schoolId() == null ? -1L : user.schoolId();
    }

    private Project saved(Project project, ProjectCommand command) {
        try {
            return projects.saveAndFlush(project);
        } catch (DataIntegrityViolationException e) {
            if (ViolatedConstraint.is(e, "project_number_unique")) {
                throw new RegistryRuleException(RuleViolation.of("number", "project.number.taken", command.number()));
            }
            throw new RegistryRuleException(RuleViolation.of(null, "project.constraint"));
        }
    }

    private static void applyAmounts(Project project, ProjectCommand command) {
        project.setGrantedTravel(amount(command.grantedTravel()));
        project.setGrantedIndividualSupport(amount(command.grantedIndividualSupport()));
        project.setGrantedOrganisationalSupport(amount(command.grantedOrganisationalSupport()));
        project.setGrantedInclusionSupport(amount(command.grantedInclusionSupport()));
        project.setGrantedExceptionalCosts(amount(command.grantedExceptionalCosts()));
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2);
    }

    private static ProjectCommand normalised(ProjectCommand c) {
        return new ProjectCommand(ProjectNumber.normalise(c.number()), c.title() == null ? null : c.title().trim(),
                c.generation(), c.callYear(), c.action(),
                c.nationalAgency() == null ? null : c.nationalAgency().trim().toUpperCase(java.util.Locale.ROOT),
                c.startDate(), c.endDate(), c.status(), c.grantedTravel(), c.grantedIndividualSupport(),
                c.grantedOrganisationalSupport(), c.grantedInclusionSupport(), c.grantedExceptionalCosts(),
                c.finalReportDate());
    }
}

package fr.capmob.portal.consortium;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.NotFoundException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tutoring pairs and trios. Coordinators and consortium accountants see every pair; referents and school
 * accountants only the pairs their school is in (filtered in SQL; any other id answers {@link NotFoundException}).
 * Only coordinators change pairs (checked on the controllers). The rules are {@link PairRules}.
 */
@Service
@Transactional(readOnly = true)
public class PairingService {

    private final TutoringPairRepository pairs;
    private final ProjectRepository projects;
    private final PairPages pairPages;

    PairingService(TutoringPairRepository pairs, ProjectRepository projects, PairPages pairPages) {
        this.pairs = pairs;
        this.projects = projects;
        this.pairPages = pairPages;
    }

    /** A page of pairs with their projects and schools, in one statement ({@link PairPages}). */
    public Page<PairSummary> list(PairFilter filter, Pageable pageable, CurrentUser user) {
        return pairPages.page(filter, ProjectService.scopeOf(user), pageable);
    }

    /** The first pairs of a project the user may see, and how many there are (the rest are on /pairings?project=). */
    public Page<PairSummary> firstOfProject(long projectId, CurrentUser user, int limit) {
        return pairPages.firstOfProject(projectId, ProjectService.scopeOf(user), limit);
    }

    public PairDetails get(long id, CurrentUser user) {
        Long scope = ProjectService.scopeOf(user);
        TutoringPair pair = (scope == null ? pairs.findById(id) : pairs.findVisible(id, scope))
                .orElseThrow(() -> new NotFoundException("pair", id));
        PairSummary summary = pairPages.one(pair.getId());
        Map<Long, MemberSchool> schools = new HashMap<>();
        schools.put(summary.tutor().id(), summary.tutor());
        summary.tutored().forEach(school -> schools.put(school.id(), school));
        List<RuleViolation> warnings = PairRules.warnings(summary.tutor().id(),
                summary.tutored().stream().map(MemberSchool::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                schools);
        return new PairDetails(summary, pair.getVersion(), warnings, pair.getUpdatedBy(), pair.getUpdatedAt());
    }

    @Transactional
    public long create(PairCommand command) {
        if (command.projectId() == null) {
            throw new RegistryRuleException(RuleViolation.of("projectId", "pairing.project.required"));
        }
        Project project = projects.findById(command.projectId())
                .orElseThrow(() -> new RegistryRuleException(RuleViolation.of("projectId", "pairing.project.required")));
        check(project, null, command);
        TutoringPair pair = new TutoringPair(project.getId());
        pair.setMembers(command.tutorSchoolId(), tutoredOf(command));
        return saved(pair).getId();
    }

    @Transactional
    public void update(long id, long version, PairCommand command) {
        TutoringPair pair = pairs.findById(id).orElseThrow(() -> new NotFoundException("pair", id));
        pair.checkVersion(version);
        Project project = projects.findById(pair.getProjectId()).orElseThrow(() -> new NotFoundException("project", id));
        check(project, id, command);
        pair.setMembers(command.tutorSchoolId(), tutoredOf(command));
        saved(pair);
    }

    @Transactional
    public void delete(long id) {
        TutoringPair pair = pairs.findById(id).orElseThrow(() -> new NotFoundException("pair", id));
        pairs.delete(pair);
        pairs.flush();
    }

    private void check(Project project, Long pairId, PairCommand command) {
        List<TutoringPairRepository.MemberRow> others = pairs.findMemberRowsOfProject(project.getId()).stream()
                .filter(row -> !row.pairId().equals(pairId)).toList();
        Map<Long, String> tutorNameByPair = others.stream().filter(row -> row.role() == PairRole.TUTOR)
                .collect(Collectors.toMap(TutoringPairRepository.MemberRow::pairId, TutoringPairRepository.MemberRow::name));
        Map<Long, String> tutorOfOtherPair = others.stream().collect(Collectors.toMap(
                TutoringPairRepository.MemberRow::schoolId, row -> tutorNameByPair.getOrDefault(row.pairId(), "?"),
                (a, b) -> a));
        Set<Long> involved = new HashSet<>();
        if (command.tutorSchoolId() != null) {
            involved.add(command.tutorSchoolId());
        }
        if (command.tutoredSchoolIds() != null) {
            command.tutoredSchoolIds().stream().filter(Objects::nonNull).forEach(involved::add);
        }
        Map<Long, MemberSchool> schools = involved.isEmpty() ? Map.of() : projects.findSchools(involved).stream()
                .collect(Collectors.toMap(MemberSchool::id, Function.identity()));
        PairRules.Outcome outcome = PairRules.check(new PairRules.Candidate(command.tutorSchoolId(),
                command.tutoredSchoolIds(), Set.copyOf(project.getSchoolIds()), tutorOfOtherPair, schools));
        if (!outcome.accepted()) {
            throw new RegistryRuleException(outcome.errors());
        }
    }

    private TutoringPair saved(TutoringPair pair) {
        try {
            return pairs.saveAndFlush(pair);
        } catch (DataIntegrityViolationException e) {
            // the rules were checked, so another coordinator changed the project or its pairs meanwhile
            if (ViolatedConstraint.is(e, "pair_member_once_per_project")) {
                throw new RegistryRuleException(RuleViolation.of(PairRules.TUTORED, "pairing.db.alreadyPaired"));
            }
            if (ViolatedConstraint.is(e, "pair_member_in_project")) {
                throw new RegistryRuleException(RuleViolation.of(PairRules.TUTORED, "pairing.db.notMember"));
            }
            throw new RegistryRuleException(RuleViolation.of(null, "pairing.db.refused"));
        }
    }

    private static Set<Long> tutoredOf(PairCommand command) {
        return command.tutoredSchoolIds().stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

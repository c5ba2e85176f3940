package fr.capmob.portal.participant;

import fr.capmob.portal.geo.Countries;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff members of the schools, with the same scope as students: referents manage their own school's,
 * coordinators every school's, accountants read their scope.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    public static final Map<String, String> SORT_KEYS = Map.of(
            "name", "m.normalised_last_name,m.normalised_first_name",
            "role", "m.role");

    private final StaffRepository staff;
    private final SchoolDirectory schools;
    private final JdbcClient jdbc;

    private final ParticipantUsage usage;

    StaffService(StaffRepository staff, SchoolDirectory schools, JdbcClient jdbc, ParticipantUsage usage) {
        this.usage = usage;
        this.staff = staff;
        this.schools = schools;
        this.jdbc = jdbc;
    }

    /** One page of the staff the user may see, filtered and sorted in SQL: the same statements whatever the size. */
    public Page<StaffSummary> search(StaffFilter filter, Pageable pageable, CurrentUser user) {
        SearchSql query = SearchSql.from("from staff_member m");
        if (!user.seesWholeConsortium()) {
            query.where("m.school_id = :userSchool", "userSchool", user.schoolId() == null ? -1L : user.schoolId());
        } else {
            query.whereIfPresent(filter.schoolId(), "m.school_id = :chosenSchool", "chosenSchool");
        }
        String pattern = ListQuery.searchPattern(filter.name() == null ? null : PersonNames.normalise(filter.name()));
        query.whereIfPresent(pattern, "(m.normalised_last_name || ' ' || m.normalised_first_name) like :name"
                        + " or (m.normalised_first_name || ' ' || m.normalised_last_name) like :name", "name")
                .whereIfPresent(filter.role() == null ? null : filter.role().name(), "m.role = :role", "role")
                .whereIfPresent(filter.clilCertified(), "m.clil_certified = :clil", "clil");
        Page<StaffSummary> page = query.page(jdbc,
                "select m.id, m.school_id, m.last_name, m.first_name, m.role, m.subjects, m.languages, m.clil_certified",
                SearchSql.orderBy(pageable, "m.id"), pageable,
                (rs, n) -> new StaffSummary(rs.getLong("id"), rs.getLong("school_id"), null, rs.getString("last_name"),
                        rs.getString("first_name"), StaffRole.valueOf(rs.getString("role")), rs.getString("subjects"),
                        LanguageSkills.parse(rs.getString("languages")), rs.getBoolean("clil_certified")));
        if (page.getTotalElements() == 0) {
            return page;
        }
        Map<Long, String> names = schools.namesOf(page.stream().map(StaffSummary::schoolId).distinct().toList());
        return page.map(r -> new StaffSummary(r.id(), r.schoolId(), names.get(r.schoolId()), r.lastName(), r.firstName(),
                r.role(), r.subjects(), r.languages(), r.clilCertified()));
    }

    public StaffDetails get(long id, CurrentUser user) {
        StaffMember member = load(id, user);
        return new StaffDetails(member.getId(), member.getVersion(), member.getSchoolId(),
                schools.namesOf(List.of(member.getSchoolId())).get(member.getSchoolId()), member.getLastName(),
                member.getFirstName(), member.getEmail(), member.getPhone(), member.getRole(), member.getSubjects(),
                LanguageSkills.parse(member.getLanguages()), member.isClilCertified(), member.getUpdatedAt(),
                member.getUpdatedBy(), StudentService.mayManage(user), member.getLanguage(), member.getBirthDate(),
                member.getGender(), member.getNationality());
    }

    /** Whether that school already has this staff member, by the duplicate rule of {@link #create}. */
    public boolean isRecorded(long schoolId, String lastName, String firstName, String email) {
        String lowerEmail = email == null ? null : email.toLowerCase(Locale.ROOT);
        return staff.findSameNames(schoolId, PersonNames.normalise(lastName), PersonNames.normalise(firstName)).stream()
                .anyMatch(same -> lowerEmail == null || same.getEmail() == null || lowerEmail.equals(same.getEmail()));
    }

    public StaffCommand commandOf(long id, CurrentUser user) {
        return loadManaged(id, user).toCommand();
    }

    public long versionOf(long id, CurrentUser user) {
        return loadManaged(id, user).getVersion();
    }

    @Transactional
    public long create(StaffCommand command, CurrentUser user) {
        StudentService.requireManager(user);
        long schoolId = schoolFor(command, user);
        checkRules(command, schoolId, null);
        StaffMember member = new StaffMember(schoolId);
        member.apply(command, schoolId);
        return staff.saveAndFlush(member).getId();
    }

    @Transactional
    public void update(long id, long version, StaffCommand command, CurrentUser user) {
        StaffMember member = loadManaged(id, user);
        member.checkVersion(version);
        long schoolId = user.isCoordinator() ? schoolFor(command, user) : member.getSchoolId();
        checkRules(command, schoolId, member.getId());
        member.apply(command, schoolId);
        staff.flush();
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        StaffMember member = loadManaged(id, user);
        var dependants = usage.dependantsOfStaff(id);
        if (!dependants.isEmpty()) {
            throw new fr.capmob.portal.shared.DependentRecordsException(dependants);
        }
        staff.delete(member);
        staff.flush();
    }

    /** Same school and names, and the same e-mail, or no e-mail on one side (then the names alone decide). */
    private void checkRules(StaffCommand command, long schoolId, Long currentId) {
        if (!LanguageSkills.isValid(command.languages())) {
            throw new ParticipantRuleException("languages", "staff.languages.invalid");
        }
        if (command.nationality() != null && !Countries.isKnown(command.nationality())) {
            throw new ParticipantRuleException("nationality", "staff.nationality.unknown");
        }
        String email = command.email() == null ? null : command.email().toLowerCase(Locale.ROOT);
        for (StaffMember same : staff.findSameNames(schoolId, PersonNames.normalise(command.lastName()),
                PersonNames.normalise(command.firstName()))) {
            boolean sameEmail = email == null || same.getEmail() == null || email.equals(same.getEmail());
            if (sameEmail && !same.getId().equals(currentId)) {
                throw new DuplicateParticipantException(same.getId(), same.getLastName() + " " + same.getFirstName());
            }
        }
    }

    private long schoolFor(StaffCommand command, CurrentUser user) {
        if (!user.isCoordinator()) {
            return user.schoolId();
        }
        if (command.schoolId() == null || !schools.exists(command.schoolId())) {
            throw new ParticipantRuleException("schoolId", "participant.school.required");
        }
        return command.schoolId();
    }

    private StaffMember load(long id, CurrentUser user) {
        StaffMember member = staff.findById(id).orElseThrow(() -> new NotFoundException("staff member", id));
        if (!user.canRead(member.getSchoolId())) {
            throw new NotFoundException("staff member", id);
        }
        return member;
    }

    private StaffMember loadManaged(long id, CurrentUser user) {
        StudentService.requireManager(user);
        return load(id, user);
    }
}

package fr.capmob.portal.consortium;

import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Gazetteer;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.UsersOfSchools;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.shared.DependentRecordsException.Dependant;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of the consortium registry. Record scope: coordinators and consortium accountants see every
 * school; a referent or a school accountant only their own (any other id answers as if it did not exist).
 * Coordinators change everything; a referent only the contact details of their own school.
 */
@Service
@Transactional(readOnly = true)
public class SchoolService {

    /** Sort keys the list page offers. */
    public static final Map<String, String> SORT_KEYS = SchoolSearch.SORT_KEYS;
    public static final String DEFAULT_SORT = "name";

    private final SchoolRepository schools;
    private final SchoolSearch search;
    private final UsersOfSchools usersOfSchools;
    private final Gazetteer gazetteer;

    SchoolService(SchoolRepository schools, SchoolSearch search, UsersOfSchools usersOfSchools, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.schools = schools;
        this.search = search;
        this.usersOfSchools = usersOfSchools;
    }

    public Page<SchoolSummary> list(CurrentUser user, SchoolFilter filter, Pageable pageable) {
        return search.find(user.seesWholeConsortium() ? null : ownSchoolOf(user), filter, pageable);
    }

    /** The page of the given request parameters (sort keys checked against {@link #SORT_KEYS}). */
    public static Pageable pageable(Integer page, Integer size, String sort, String dir) {
        return ListQuery.pageable(page, size, sort, dir, SORT_KEYS, DEFAULT_SORT);
    }

    public SchoolDetails details(CurrentUser user, long id) {
        School school = readable(user, id);
        return new SchoolDetails(school.getId(), school.getVersion(), school.getName(), school.getUai(),
                school.getOid(), school.getAddress(), school.getPostcode(), school.getCity(), school.getCityId(), school.getPhone(),
                school.getEmail(), school.getExperience(), school.getHeadOfSchool(), Set.copyOf(school.getFields()),
                Set.copyOf(school.getLevels()), school.getUpdatedAt(), school.getUpdatedBy(),
                schools.findProjectsOf(school.getId()), pairsOf(school.getId()));
    }

    /** True when the user may open the edit form of this school (coordinator, or its own referent). */
    public static boolean mayEdit(CurrentUser user, long schoolId) {
        return user.isCoordinator() || (user.isReferent() && user.schoolId() != null && user.schoolId() == schoolId);
    }

    /** True when the user may change the registry part (name, UAI, OID, experience, fields, levels). */
    public static boolean mayEditRegistry(CurrentUser user) {
        return user.isCoordinator();
    }

    @Transactional
    public long create(CurrentUser user, SchoolData data) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("only coordinators add schools");
        }
        String uai = Uai.normalise(data.uai());
        String oid = blankToNull(data.oid());
        if (schools.existsByUai(uai)) {
            throw new SchoolIdentifierTakenException("uai");
        }
        if (oid != null && schools.existsByOid(oid)) {
            throw new SchoolIdentifierTakenException("oid");
        }
        City city = cityOf(data);
        School school = new School(data.name().trim(), uai, city.name(), data.experience());
        applyRegistry(school, data);
        applyContact(school, data);
        return saveAndFlush(school).getId();
    }

    /**
     * Saves the form opened on {@code version}. A referent's registry values are ignored: only the contact
     * details of their own school change.
     *
     * @throws fr.capmob.portal.shared.ConcurrentEditException when someone saved the school since
     */
    @Transactional
    public void update(CurrentUser user, long id, long version, SchoolData data) {
        School school = readable(user, id);
        if (!mayEdit(user, id)) {
            throw new AccessDeniedException("may not edit this school");
        }
        school.checkVersion(version);
        if (mayEditRegistry(user)) {
            String uai = Uai.normalise(data.uai());
            String oid = blankToNull(data.oid());
            if (schools.existsByUaiAndIdNot(uai, id)) {
                throw new SchoolIdentifierTakenException("uai");
            }
            if (oid != null && schools.existsByOidAndIdNot(oid, id)) {
                throw new SchoolIdentifierTakenException("oid");
            }
            applyRegistry(school, data);
        }
        applyContact(school, data);
        saveAndFlush(school);
    }

    /** Deletes a school nobody depends on; otherwise says what depends on it. */
    @Transactional
    public void delete(CurrentUser user, long id) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("only coordinators delete schools");
        }
        School school = readable(user, id);
        List<Dependant> dependants = new ArrayList<>();
        addIfAny(dependants, "school.delete.dependants.users", usersOfSchools.count(id));
        addIfAny(dependants, "school.delete.dependants.projects", schools.countProjectsOf(id));
        addIfAny(dependants, "school.delete.dependants.pairs", schools.countPairsOf(id));
        if (!dependants.isEmpty()) {
            throw new DependentRecordsException(dependants);
        }
        schools.delete(school);
        schools.flush();
    }

    private School readable(CurrentUser user, long id) {
        if (!user.canRead(id)) {
            throw new NotFoundException("school", id);
        }
        return schools.findWithOffer(id).orElseThrow(() -> new NotFoundException("school", id));
    }

    private static long ownSchoolOf(CurrentUser user) {
        if (user.schoolId() == null) {
            // a user who neither sees the whole consortium nor has a school sees nothing
            return -1;
        }
        return user.schoolId();
    }

    private List<SchoolDetails.PairOfSchool> pairsOf(long schoolId) {
        Map<Long, List<SchoolRepository.PairMemberRow>> byPair = new LinkedHashMap<>();
        for (SchoolRepository.PairMemberRow row : schools.findPairMembersOf(schoolId)) {
            byPair.computeIfAbsent(row.pairId(), key -> new ArrayList<>()).add(row);
        }
        List<SchoolDetails.PairOfSchool> pairs = new ArrayList<>();
        byPair.forEach((pairId, members) -> {
            SchoolRepository.PairMemberRow self = members.stream()
                    .filter(member -> member.schoolId() == schoolId).findFirst().orElseThrow();
            List<SchoolDetails.Partner> partners = members.stream()
                    .filter(member -> member.schoolId() != schoolId)
                    .map(member -> new SchoolDetails.Partner(member.schoolId(), member.schoolName(), member.role()))
                    .toList();
            pairs.add(new SchoolDetails.PairOfSchool(pairId, self.projectId(), self.projectTitle(), self.role(), partners));
        });
        return pairs;
    }

    private School saveAndFlush(School school) {
        try {
            return schools.saveAndFlush(school);
        } catch (DataIntegrityViolationException e) {
            // two coordinators saving the same UAI at the same instant: the database's unique constraint decides
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (message.contains("school_uai_unique")) {
                throw new SchoolIdentifierTakenException("uai");
            }
            if (message.contains("school_oid_unique")) {
                throw new SchoolIdentifierTakenException("oid");
            }
            throw e;
        }
    }

    private static void applyRegistry(School school, SchoolData data) {
        school.setName(data.name().trim());
        school.setUai(Uai.normalise(data.uai()));
        school.setOid(blankToNull(data.oid()));
        school.setExperience(data.experience());
        school.setFields(data.fields());
        school.setLevels(data.levels());
    }

    /** The gazetteer's city the user picked; an unknown id is refused like a taken UAI, on its field. */
    private City cityOf(SchoolData data) {
        if (data.cityId() == null) {
            throw new SchoolRuleException("cityId", "school.cityId.required");
        }
        return gazetteer.find(data.cityId())
                .orElseThrow(() -> new SchoolRuleException("cityId", "school.cityId.unknown"));
    }

    private void applyContact(School school, SchoolData data) {
        City city = cityOf(data);
        school.setAddress(blankToNull(data.address()));
        school.setPostcode(blankToNull(data.postcode()));
        school.setCity(city.id(), city.name());
        school.setPhone(blankToNull(data.phone()));
        school.setEmail(blankToNull(data.email()));
        school.setHeadOfSchool(blankToNull(data.headOfSchool()));
    }

    private static void addIfAny(List<Dependant> dependants, String key, long count) {
        if (count > 0) {
            dependants.add(new Dependant(key, count));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The record scope and the edit rules, enforced by the service whatever the pages send. */
@PortalTest
class SchoolServiceTest {

    @Autowired
    SchoolService schools;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private String run;
    private long a;
    private long b;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        a = data.school("Service A " + run, "EXPERIENCED");
        b = data.school("Service B " + run);
    }

    @Test
    void referentOfASeesOnlyA() {
        CurrentUser referentA = principal(Role.SCHOOL_REFERENT, a);
        assertThat(schools.details(referentA, a).name()).isEqualTo("Service A " + run);
        assertThatThrownBy(() -> schools.details(referentA, b)).isInstanceOf(NotFoundException.class);
        assertThat(schools.list(referentA, new SchoolFilter("Service", null, null, null), SchoolService.pageable(0, 100, null, null))
                .map(SchoolSummary::id).getContent()).containsExactly(a);
    }

    @Test
    void schoolAccountantSeesOnlyTheirSchoolAndConsortiumAccountantEverything() {
        CurrentUser schoolAccountant = principal(Role.ACCOUNTANT, a);
        CurrentUser consortiumAccountant = principal(Role.ACCOUNTANT, null);
        assertThatThrownBy(() -> schools.details(schoolAccountant, b)).isInstanceOf(NotFoundException.class);
        assertThat(schools.details(consortiumAccountant, b).id()).isEqualTo(b);
        SchoolFilter thisRun = new SchoolFilter(run, null, null, null);
        assertThat(schools.list(consortiumAccountant, thisRun, SchoolService.pageable(0, 100, "name", "asc"))
                .map(SchoolSummary::id).getContent()).containsExactly(a, b);
    }

    @Test
    void aReferentsRegistryValuesAreIgnoredEvenWhenSentToTheService() {
        CurrentUser referentA = principal(Role.SCHOOL_REFERENT, a);
        String uai = schools.details(referentA, a).uai();
        schools.update(referentA, a, 0, new SchoolData("Renommé " + run, data.newUai(), "E12345678", "3 rue Haute",
                "75020", data.cityId("Paris", "FR"), "01 02 03 04 05", "ce@ac-paris.fr", Experience.NOVICE, "M. Proviseur",
                Set.of(VocationalField.INDUSTRY), Set.of(QualificationLevel.BTS)));
        SchoolDetails stored = schools.details(referentA, a);
        assertThat(stored.name()).isEqualTo("Service A " + run);
        assertThat(stored.uai()).isEqualTo(uai);
        assertThat(stored.oid()).isNull();
        assertThat(stored.experience()).isEqualTo(Experience.EXPERIENCED);
        assertThat(stored.fields()).isEmpty();
        assertThat(stored.address()).isEqualTo("3 rue Haute");
        assertThat(stored.headOfSchool()).isEqualTo("M. Proviseur");
    }

    @Test
    void onlyCoordinatorsCreateOrDeleteAndAReferentCannotEditAnotherSchool() {
        CurrentUser referentA = principal(Role.SCHOOL_REFERENT, a);
        SchoolData data = schools.details(principal(Role.COORDINATOR, null), b).data();
        assertThatThrownBy(() -> schools.create(referentA, data)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.delete(referentA, a)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.update(referentA, b, 0, data)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schools.update(principal(Role.ACCOUNTANT, a), a, 0, data))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staleVersionIsAConflict() {
        CurrentUser coordinator = principal(Role.COORDINATOR, null);
        jdbc.update("update school set version = 3 where id = ?", a);
        SchoolData unchanged = new SchoolData("Service A " + run, data.newUai(), null, null, null, data.cityId("Paris", "FR"), null, null,
                Experience.NOVICE, null, Set.of(), Set.of());
        assertThatThrownBy(() -> schools.update(coordinator, a, 2, unchanged))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.currentVersion()).isEqualTo(3));
    }

    @Test
    void aTakenUaiOrOidIsRefused() {
        CurrentUser coordinator = principal(Role.COORDINATOR, null);
        String uaiOfB = schools.details(coordinator, b).uai();
        SchoolData copyOfB = new SchoolData("Copie " + run, uaiOfB, null, null, null, data.cityId("Paris", "FR"), null, null,
                Experience.NOVICE, null, Set.of(), Set.of());
        assertThatThrownBy(() -> schools.create(coordinator, copyOfB))
                .isInstanceOfSatisfying(SchoolIdentifierTakenException.class, e -> assertThat(e.field()).isEqualTo("uai"));
    }

    private CurrentUser principal(Role role, Long schoolId) {
        return data.principal(data.user(role.name(), role, schoolId));
    }
}

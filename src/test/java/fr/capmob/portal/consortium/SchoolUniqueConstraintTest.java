package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.UsersOfSchools;
import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Gazetteer;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two coordinators saving the same UAI at the same instant both pass the "already taken?" check; the
 * database's unique constraint then refuses the second, and the user gets the same clear message.
 */
class SchoolUniqueConstraintTest {

    private static final int PARIS = 20000;

    private final SchoolRepository repository = mock(SchoolRepository.class);
    private final Gazetteer gazetteer = mock(Gazetteer.class);

    {
        when(gazetteer.find(PARIS)).thenReturn(java.util.Optional.of(new City(PARIS, "FR", "Paris", "Île-de-France", 48.85341, 2.3488)));
    }

    private final SchoolService service = new SchoolService(repository, mock(SchoolSearch.class), mock(UsersOfSchools.class), gazetteer);
    private final CurrentUser coordinator = new CurrentUser(1, "c@capmob.fr", "C", Role.COORDINATOR, null, "fr", true, false, null);
    private final SchoolData school = new SchoolData("Lycée Tirel", "0750808W", "E10000001", null, null, PARIS, null, null,
            Experience.EXPERIENCED, null, Set.of(), Set.of());

    @Test
    void uaiUniqueViolationBecomesATakenUai() {
        when(repository.saveAndFlush(any())).thenThrow(violation("school_uai_unique"));
        assertThatThrownBy(() -> service.create(coordinator, school))
                .isInstanceOfSatisfying(SchoolIdentifierTakenException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("uai"));
    }

    @Test
    void oidUniqueViolationBecomesATakenOid() {
        when(repository.saveAndFlush(any())).thenThrow(violation("school_oid_unique"));
        assertThatThrownBy(() -> service.create(coordinator, school))
                .isInstanceOfSatisfying(SchoolIdentifierTakenException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("oid"));
    }

    @Test
    void otherViolationsAreNotDisguised() {
        when(repository.saveAndFlush(any())).thenThrow(violation("school_uai_format"));
        assertThatThrownBy(() -> service.create(coordinator, school)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static DataIntegrityViolationException violation(String constraint) {
        return new DataIntegrityViolationException("could not execute statement",
                new SQLException("ERROR: duplicate key value violates unique constraint \"" + constraint + "\""));
    }
}

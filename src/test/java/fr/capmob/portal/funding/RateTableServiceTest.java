package fr.capmob.portal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.consortium.ProgrammeGeneration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded tables, new versions and the table a project uses, on PostgreSQL. */
@PortalTest
class RateTableServiceTest {

    @Autowired
    RateTableService rateTables;
    @Autowired
    GrantService grants;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
    }

    private long seeded(int year) {
        return jdbc.sql("select id from rate_table where call_year = ? and national_agency = 'FR01' and version = 1")
                .param(year).query(Long.class).single();
    }

    @Test
    void theSeedHasTheFiguresOfProductMdWithSourcesAndVerifyMarks() {
        RateSheet fr2018 = rateTables.sheet(seeded(2018));
        assertThat(fr2018.amount(RateKind.DAILY_RATE, "G3.LEARNER")).contains(new BigDecimal("68.0000"));
        assertThat(fr2018.amount(RateKind.DAILY_RATE_REDUCED, "G4.LEARNER")).contains(new BigDecimal("39.0000"));
        assertThat(fr2018.find(RateKind.DAILY_RATE, "G1.STAFF").orElseThrow().verify()).isTrue();
        assertThat(fr2018.countryGroup("FR")).contains("G2");
        assertThat(fr2018.amount(RateKind.TRAVEL, "8000")).contains(new BigDecimal("1500.0000"));
        RateSheet fr2024 = rateTables.sheet(seeded(2024));
        assertThat(fr2024.amount(RateKind.GREEN_TRAVEL, "10")).contains(new BigDecimal("56.0000"));
        assertThat(fr2024.countryGroup("FR")).contains("G2");
        assertThat(fr2024.countryGroup("GB")).isEmpty();
        assertThat(rateTables.sheet(seeded(2015)).amount(RateKind.TRAVEL, "10")).isEmpty();
        assertThat(rateTables.sheet(seeded(2021)).amount(RateKind.GREEN_TRAVEL, "4000")).isEmpty();
        assertThat(fr2024.items()).allSatisfy(item -> assertThat(item.source()).isNotBlank());
        // the seeded tables compute like the sheets of the pure tests
        GrantInput input = new GrantInput(RateActivity.LEARNER, 700, "FR", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 15),
                2, 0, false, null, false, 1);
        assertThat(GrantCalculator.calculate(fr2024, input).total())
                .isEqualTo(GrantCalculator.calculate(Sheets.fr2024(), input).total());
    }

    @Test
    void anEditIsANewVersionAndTheOldOneStaysAsItWas() {
        long base = seeded(2018);
        long next = rateTables.createVersion(coordinator, base,
                List.of(new RateItemChange("DAILY_RATE:G1.STAFF", "120,50", "Grant agreement 2018-1-FR01-KA102-000123, annex IV", false)),
                "Staff rate of our grant agreement");
        assertThat(next).isNotEqualTo(base);
        assertThat(rateTables.sheet(base).amount(RateKind.DAILY_RATE, "G1.STAFF")).contains(new BigDecimal("112.0000"));
        assertThat(rateTables.sheet(next).amount(RateKind.DAILY_RATE, "G1.STAFF")).contains(new BigDecimal("120.5000"));
        RateTableDetails details = rateTables.details(next);
        assertThat(details.table().version()).isEqualTo(2);
        assertThat(details.table().previousId()).isEqualTo(base);
        assertThat(details.table().createdBy()).isEqualTo(coordinator.email());
        assertThat(details.table().comment()).isEqualTo("Staff rate of our grant agreement");
        assertThat(details.rows()).filteredOn(row -> row.change() != RateTableDetails.Change.SAME)
                .singleElement().satisfies(row -> {
                    assertThat(row.item().key()).isEqualTo("DAILY_RATE:G1.STAFF");
                    assertThat(row.previousValue()).isEqualTo("112");
                });
        assertThat(details.rows()).hasSize(rateTables.details(base).rows().size());
        assertThat(rateTables.summary(base).latest()).isFalse();
        assertThat(rateTables.summary(next).latest()).isTrue();
    }

    @Test
    void badValuesSaveNothing() {
        long base = seeded(2021);
        long before = jdbc.sql("select count(*) from rate_table").query(Long.class).single();
        assertThatThrownBy(() -> rateTables.createVersion(coordinator, base, List.of(
                new RateItemChange("DAILY_RATE:G1.STAFF", "-5", null, true),
                new RateItemChange("COUNTRY_GROUP:FR", "group two", null, false),
                new RateItemChange("TRAVEL:100", "abc", null, false)), "why"))
                .isInstanceOfSatisfying(InvalidRateValueException.class, e -> assertThat(e.keys())
                        .containsExactly("DAILY_RATE:G1.STAFF", "COUNTRY_GROUP:FR", "TRAVEL:100"));
        assertThatThrownBy(() -> rateTables.createVersion(coordinator, base, List.of(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("select count(*) from rate_table").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aProjectUsesItsAssignedTableElseTheNewestOfItsGenerationAndAgency() {
        long project = data.project("Funding " + TestData.unique(), data.school("LP Funding " + TestData.unique()));
        // TestData projects: 2014–2020, call 2018, FR01
        assertThat(rateTables.tableOfProject(project, ProgrammeGeneration.G2014_2020, 2018, "FR01").orElseThrow().id())
                .isEqualTo(seeded(2018));
        assertThat(rateTables.tableOfProject(project, ProgrammeGeneration.G2021_2027, 2023, "FR01").orElseThrow().id())
                .isEqualTo(seeded(2021));
        jdbc.sql("insert into project_rate_table (project_id, rate_table_id) values (?, ?)").params(project, seeded(2015)).update();
        assertThat(rateTables.tableOfProject(project, ProgrammeGeneration.G2014_2020, 2018, "FR01").orElseThrow().id())
                .isEqualTo(seeded(2015));
        assertThat(rateTables.summary(seeded(2015)).projects()).isEqualTo(1);
    }

    @Test
    void theGrantOfAProjectUsesTheGazetteerDistance() {
        long school = data.school("LP Grant " + TestData.unique());
        long project = data.project("Grant " + TestData.unique(), school);
        // Paris → Berlin ≈ 878 km (500–1999 band: 275 € in 2018); DE is G3: 14 × 68 = 952; 350 organisational
        GrantResult result = grants.calculate(coordinator, new GrantRequest(project, RateActivity.LEARNER,
                data.cityId("Paris", "FR"), data.cityId("Berlin", "DE"), LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 17),
                0, 0, false, null, false, 1));
        assertThat(result.distanceKm()).isBetween(870.0, 885.0);
        assertThat(result.breakdown().total()).isEqualTo(new BigDecimal("1577.00"));
        assertThat(result.table().callYear()).isEqualTo(2018);
    }

    @Test
    void aStoredVersionCannotBeChangedInPlaceEvenBySql() {
        long base = seeded(2018);
        assertThatThrownBy(() -> jdbc.sql("update rate_item set amount = 1 where rate_table_id = ?").param(base).update())
                .hasMessageContaining("rate tables are versioned");
    }
}

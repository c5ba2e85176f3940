package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published view {@code mobility_view} (migration V20_1) and the Java side say the same of every mobility: the
 * stage is {@link MobilityStage#of}, and the flags are those the view's header and {@code MobilityStage} describe.
 * One mobility per status, and the cancellations that differ (force majeure with and without costs, ordinary),
 * plus one without a grant; a change to either definition alone fails here.
 */
@PortalTest
class MobilityViewTest {

    private static final Set<MobilityStatus> REPORTABLE = EnumSet.of(MobilityStatus.APPROVED, MobilityStatus.CONFIRMED,
            MobilityStatus.IN_PROGRESS, MobilityStatus.COMPLETED, MobilityStatus.REPORTED);
    private static final Set<MobilityStatus> WENT_ABROAD = EnumSet.of(MobilityStatus.IN_PROGRESS,
            MobilityStatus.COMPLETED, MobilityStatus.REPORTED);
    private static final Set<MobilityStatus> TOOK_PLACE = EnumSet.of(MobilityStatus.COMPLETED, MobilityStatus.REPORTED);

    /** One mobility as inserted: its status, whether cancelled for force majeure, and its grant (costs; null: none). */
    record Case(String name, MobilityStatus status, boolean forceMajeure, boolean withGrant, BigDecimal forceMajeureCosts) {
    }

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long school;
    long project;
    long host;
    long rateTable;
    int serial;

    @BeforeEach
    void consortium() {
        String run = TestData.unique();
        school = data.school("LP Vue " + run);
        project = data.project("Vue " + run, school);
        host = data.host("Gastgeber Vue " + run, school);
        rateTable = jdbc.queryForObject("select min(id) from rate_table", Long.class);
        serial = (int) (Math.random() * 900_000) + 100_000;
    }

    @Test
    void theViewGivesEveryMobilityTheStageAndFlagsOfTheJavaDefinition() {
        List<Case> cases = new ArrayList<>();
        for (MobilityStatus status : MobilityStatus.values()) {
            cases.add(new Case(status.name(), status, false, status != MobilityStatus.CANCELLED, BigDecimal.ZERO));
        }
        cases.add(new Case("force majeure with costs", MobilityStatus.CANCELLED, true, true, new BigDecimal("412.35")));
        cases.add(new Case("force majeure without costs", MobilityStatus.CANCELLED, true, true, BigDecimal.ZERO));
        cases.add(new Case("ordinary cancellation with a grant left", MobilityStatus.CANCELLED, false, true, BigDecimal.ZERO));
        cases.add(new Case("draft without grant", MobilityStatus.DRAFT, false, false, null));
        cases.add(new Case("confirmed without grant", MobilityStatus.CONFIRMED, false, false, null));

        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long id = insert(c, i);
            Map<String, Object> row = jdbc.queryForMap("""
                    select stage, reportable, went_abroad, took_place, counted, has_grant, budget_stage, budget_total
                    from mobility_view where id = ?""", id);
            MobilityStage stage = MobilityStage.of(c.status(), c.forceMajeure());
            assertThat(row.get("stage")).as(c.name()).isEqualTo(stage.name());
            assertThat(row.get("reportable")).as(c.name() + ": reportable")
                    .isEqualTo(REPORTABLE.contains(c.status()) || stage == MobilityStage.CANCELLED_FORCE_MAJEURE);
            assertThat(row.get("went_abroad")).as(c.name() + ": went abroad").isEqualTo(WENT_ABROAD.contains(c.status()));
            assertThat(row.get("took_place")).as(c.name() + ": took place").isEqualTo(TOOK_PLACE.contains(c.status()));
            assertThat(row.get("counted")).as(c.name() + ": counted").isEqualTo(stage != MobilityStage.CANCELLED);
            assertThat(row.get("has_grant")).as(c.name() + ": has grant").isEqualTo(c.withGrant());
            assertThat(row.get("budget_stage")).as(c.name() + ": budget stage").isEqualTo(budgetStage(c, stage));
            assertThat((BigDecimal) row.get("budget_total")).as(c.name() + ": budget total")
                    .isEqualByComparingTo(budgetTotal(c, stage));
        }
    }

    @Test
    void everyStatusHasAStageAndTheStatusSaysTheSame() {
        for (MobilityStatus status : MobilityStatus.values()) {
            assertThat(status.stage(false)).isEqualTo(MobilityStage.of(status, false));
            assertThat(status.stage(true)).isEqualTo(MobilityStage.of(status, true));
        }
        assertThat(MobilityStatus.CANCELLED.stage(true)).isEqualTo(MobilityStage.CANCELLED_FORCE_MAJEURE);
        assertThat(MobilityStatus.APPROVED.stage(true)).isEqualTo(MobilityStage.PLANNED);
    }

    /** What the mobility weighs in a budget: its stage while it has a grant, a force-majeure one only with costs. */
    private static String budgetStage(Case c, MobilityStage stage) {
        if (!c.withGrant()) {
            return null;
        }
        return switch (stage) {
            case PLANNED, COMMITTED -> stage.name();
            case CANCELLED_FORCE_MAJEURE -> c.forceMajeureCosts().signum() > 0 ? MobilityStage.COMMITTED.name() : null;
            case CANCELLED -> null;
        };
    }

    private static BigDecimal budgetTotal(Case c, MobilityStage stage) {
        if (!c.withGrant()) {
            return BigDecimal.ZERO;
        }
        return switch (stage) {
            case PLANNED, COMMITTED -> new BigDecimal("1234.56");
            case CANCELLED_FORCE_MAJEURE -> c.forceMajeureCosts();
            case CANCELLED -> BigDecimal.ZERO;
        };
    }

    private long insert(Case c, int index) {
        long student = data.student(school, "Vue" + index, "Test", LocalDate.of(2000, 1, 1));
        LocalDate start = LocalDate.of(2019, 3, 1);
        long id = jdbc.queryForObject("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status, force_majeure, cancellation_reason,
                                      force_majeure_costs, force_majeure_note)
                select ?, ?, 'LM_SHORT_VET', ?, ?, h.id, h.city_id, ?, ?, ?, ?, ?, ?, ?
                from host_organisation h where h.id = ? returning id""", Long.class,
                project, MobilityReference.of(Long.toString(serial), index + 1), student, school, start,
                start.plusDays(20), c.status().name(), c.forceMajeure(),
                c.status() == MobilityStatus.CANCELLED ? "Annulée" : null,
                c.forceMajeure() ? c.forceMajeureCosts() : null, c.forceMajeure() ? "Billets" : null, host);
        if (c.withGrant()) {
            jdbc.update("""
                    insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km,
                        green_travel, funded_travel_days, funded_days, travel_support, individual_support,
                        organisational_support, force_majeure_costs, total, lines, computed_at, computed_by)
                    select ?, ?, ?, s.city_id, 900, false, 2, 18, 275, 659.56, 300, ?, ?, '[]'::jsonb, now(), 'test'
                    from school s where s.id = ?""",
                    id, rateTable, c.status() != MobilityStatus.DRAFT, c.forceMajeureCosts(),
                    c.forceMajeure() ? c.forceMajeureCosts() : new BigDecimal("1234.56"), school);
        }
        return id;
    }
}

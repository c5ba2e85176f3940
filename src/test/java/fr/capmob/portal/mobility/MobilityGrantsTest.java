package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.geo.GreatCircle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The grant of each mobility on a 2014–2020 project (call 2018, French agency): Paris → Berlin is 878 km
 * (band 500–1999 km, 275 €), Germany is in group G3 (learners 68 € a day, 48 € from day 15), organisational
 * support 350 € up to the 100th participant, 200 € beyond.
 */
@PortalTest
class MobilityGrantsTest {

    static final LocalDate START = LocalDate.of(2019, 3, 4);

    @Autowired MobilityService service;
    @Autowired MobilityGrants grants;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long school;
    long project;
    long host;
    long student;
    CurrentUser coordinator;
    CurrentUser referent;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        school = data.school("Grant school " + run);
        project = data.project("Grant project " + run, school);
        host = data.host("Grant host " + run, school);
        student = data.student(school, "Boursier " + run, "Inès", LocalDate.of(2000, 1, 1));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referent = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, school));
    }

    MobilityCommand command(GrantInputs grant) {
        // activity 5–20 March (16 days), a travel day before and after (both travel days funded, the 2014–2020 maximum is 2)
        return new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, Transport.PLANE),
                new StayPeriod(START.plusDays(1), START.plusDays(16), 1, 1, 0), LearningAgreement.EMPTY, null, grant);
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from mobility_grant where mobility_id = ?", id);
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    void confirm(long id) {
        service.transition(id, MobilityStatus.SUBMITTED, null, false, referent);
        service.transition(id, MobilityStatus.APPROVED, null, false, coordinator);
        service.transition(id, MobilityStatus.CONFIRMED, null, false, coordinator);
    }

    @Test
    void thePreviewIsWhatIsStoredOnSaveAndItFollowsEveryEditBeforeConfirmation() {
        MobilityGrant preview = grants.preview(command(GrantInputs.NONE), null, referent);
        long id = service.create(command(GrantInputs.NONE), referent);
        Map<String, Object> row = row(id);
        // 275 travel + 18 funded days (16 + 2 travel days): 14 × 68 + 4 × 48 = 1144 + 350 organisational
        assertThat(preview.total()).isEqualByComparingTo(money("275").add(money("68").multiply(money("14")))
                .add(money("48").multiply(money("4"))).add(money("350")));
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo(preview.total());
        assertThat(row.get("frozen")).isEqualTo(false);
        assertThat(row.get("distance_km")).isEqualTo((int) preview.distanceKm());
        assertThat(row.get("band_from_km")).isEqualTo(500);
        assertThat(row.get("funded_days")).isEqualTo(18);
        assertThat(row.get("funded_travel_days")).isEqualTo(2);
        assertThat((BigDecimal) row.get("travel_support")).isEqualByComparingTo("275");
        assertThat((BigDecimal) row.get("individual_support")).isEqualByComparingTo("1144");
        assertThat((BigDecimal) row.get("organisational_support")).isEqualByComparingTo("350");
        assertThat(GrantLinesJson.toJson(grants.stored(id, referent).orElseThrow().lines()))
                .isEqualTo(GrantLinesJson.toJson(preview.lines()));

        MobilityCommand shorter = new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, Transport.PLANE),
                new StayPeriod(START.plusDays(1), START.plusDays(16), 1, 1, 2), LearningAgreement.EMPTY, null, GrantInputs.NONE);
        service.update(id, service.versionOf(id, referent), shorter, referent);
        assertThat((BigDecimal) row(id).get("total")).isEqualByComparingTo(preview.total().subtract(money("96")));
    }

    @Test
    void confirmationFreezesTheGrantWithItsTableAndLaterChangesOnlyShowANotice() {
        long id = service.create(command(GrantInputs.NONE), referent);
        confirm(id);
        Map<String, Object> frozen = row(id);
        assertThat(frozen.get("frozen")).isEqualTo(true);
        Long table = jdbc.queryForObject("""
                select id from rate_table where generation = 'G2014_2020' and call_year = 2018 and national_agency = 'FR01'
                order by version desc limit 1""", Long.class);
        assertThat(frozen.get("rate_table_id")).isEqualTo(table);
        assertThatThrownBy(() -> service.update(id, service.versionOf(id, coordinator), command(GrantInputs.NONE), coordinator))
                .isInstanceOf(MobilityRuleException.class);

        // the stay was interrupted: the data changes, the frozen grant does not, the page says what it would be
        service.transition(id, MobilityStatus.IN_PROGRESS, null, false, referent);
        jdbc.update("update mobility set interruption_days = 3 where id = ?", id);
        assertThat((BigDecimal) row(id).get("total")).isEqualByComparingTo((BigDecimal) frozen.get("total"));
        GrantView view = grants.view(id, coordinator);
        assertThat(view.currentTotal()).isEqualByComparingTo(((BigDecimal) frozen.get("total")).subtract(money("144")));
        assertThat(view.mayRecompute()).isTrue();
        assertThat(grants.view(id, referent).mayRecompute()).isFalse();
    }

    @Test
    void aRecomputationNeedsACoordinatorAndAReasonAndIsRecorded() {
        long id = service.create(command(GrantInputs.NONE), referent);
        confirm(id);
        BigDecimal before = (BigDecimal) row(id).get("total");
        jdbc.update("update mobility set interruption_days = 3 where id = ?", id);
        long version = service.versionOf(id, coordinator);
        assertThatThrownBy(() -> grants.recompute(id, version, "  ", coordinator))
                .isInstanceOfSatisfying(MobilityRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("grants.recompute.reasonRequired"));
        assertThatThrownBy(() -> grants.recompute(id, version, "Interruption", referent)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.recompute(id, version - 1, "Interruption", coordinator))
                .isInstanceOf(fr.capmob.portal.shared.ConcurrentEditException.class);

        grants.recompute(id, version, "Interruption de 3 jours (maladie)", coordinator);
        assertThat((BigDecimal) row(id).get("total")).isEqualByComparingTo(before.subtract(money("144")));
        assertThat(row(id).get("frozen")).isEqualTo(true);
        var changes = grants.changes(id, coordinator);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).reason()).isEqualTo("Interruption de 3 jours (maladie)");
        assertThat(changes.get(0).previousTotal()).isEqualByComparingTo(before);
        assertThat(changes.get(0).newTotal()).isEqualByComparingTo(before.subtract(money("144")));
        assertThat(service.versionOf(id, coordinator)).isGreaterThan(version);
    }

    @Test
    void aDraftGrantIsNotRecomputedByHand() {
        long id = service.create(command(GrantInputs.NONE), referent);
        assertThatThrownBy(() -> grants.recompute(id, service.versionOf(id, coordinator), "why", coordinator))
                .isInstanceOfSatisfying(MobilityRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("grants.recompute.notFrozen"));
    }

    @Test
    void aZeroGrantParticipantHasNoTravelNorIndividualSupportButOrganisationalSupport() {
        long id = service.create(command(new GrantInputs(null, null, null, null, null, true)), referent);
        Map<String, Object> row = row(id);
        assertThat((BigDecimal) row.get("travel_support")).isZero();
        assertThat((BigDecimal) row.get("individual_support")).isZero();
        assertThat((BigDecimal) row.get("organisational_support")).isEqualByComparingTo("350");
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("350.00");
        student = data.student(school, "Autre " + TestData.unique(), "Léo", LocalDate.of(2000, 1, 1));
        assertThat(messageOf(() -> service.create(command(new GrantInputs(null, null, money("900"), null, null, true)),
                referent))).isEqualTo("grants.zeroGrant.noExceptionalTravel");
    }

    @Test
    void aForceMajeureCancellationIsPaidTheCostsIncurredAnOrdinaryOneNothing() {
        long id = service.create(command(GrantInputs.NONE), referent);
        confirm(id);
        service.transition(id, MobilityStatus.CANCELLED, "Grève des transports", true, coordinator);
        assertThat((BigDecimal) row(id).get("total")).isZero();
        assertThatThrownBy(() -> grants.forceMajeureCosts(id, service.versionOf(id, coordinator), money("412.35"), " ",
                coordinator)).isInstanceOf(MobilityRuleException.class);
        grants.forceMajeureCosts(id, service.versionOf(id, coordinator), money("412.35"), "Billets non remboursés", coordinator);
        Map<String, Object> row = row(id);
        assertThat((BigDecimal) row.get("force_majeure_costs")).isEqualByComparingTo("412.35");
        assertThat((BigDecimal) row.get("travel_support")).isZero();
        assertThat((BigDecimal) row.get("organisational_support")).isZero();
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("412.35");
        assertThat(row.get("frozen")).isEqualTo(true);

        long other = service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, Transport.PLANE),
                new StayPeriod(START.plusDays(61), START.plusDays(76), 1, 1, 0)), referent);
        assertThat(row(other)).isNotEmpty();
        service.transition(other, MobilityStatus.CANCELLED, "Renonce", false, referent);
        assertThat(jdbc.queryForObject("select count(*) from mobility_grant where mobility_id = ?", Long.class, other)).isZero();
    }

    @Test
    void inclusionSupportForTheParticipantIsTheRealCostsOfAParticipantWithFewerOpportunities() {
        GrantInputs inclusion = new GrantInputs(null, null, null, money("300"), "Accompagnement médical", false);
        assertThat(messageOf(() -> service.create(command(inclusion), referent))).isEqualTo("grants.inclusion.notFewerOpportunities");
        jdbc.update("update student set fewer_opportunities = true, fewer_opportunities_justification = 'Bourse' where id = ?", student);
        assertThat(messageOf(() -> service.create(command(new GrantInputs(null, null, null, money("300"), " ", false)), referent)))
                .isEqualTo("grants.inclusion.justificationRequired");
        assertThat(messageOf(() -> service.create(command(new GrantInputs(null, null, null, null, null, true)), referent)))
                .isEqualTo("grants.zeroGrant.fewerOpportunities");
        long id = service.create(command(inclusion), referent);
        assertThat((BigDecimal) row(id).get("inclusion_participant")).isEqualByComparingTo("300");
        assertThat((BigDecimal) row(id).get("total")).isEqualByComparingTo(money("2069"));
    }

    @Test
    void aDepartureFromAnotherCityNeedsALocationCommentAndChangesTheDistance() {
        int lyon = data.cityId("Lyon", "FR");
        int paris = data.cityId("Paris", "FR");
        assertThat(messageOf(() -> service.create(command(new GrantInputs(lyon, " ", null, null, null, false)), referent)))
                .isEqualTo("grants.locationComment.required");
        long id = service.create(command(new GrantInputs(lyon, "Stage chez un parent", null, null, null, false)), referent);
        Map<String, Object> row = row(id);
        assertThat(row.get("departure_city_id")).isEqualTo(lyon);
        double km = jdbc.queryForObject("""
                select 1 from city where id = ?""", Integer.class, lyon) == 1
                ? distance(lyon, data.cityId("Berlin", "DE")) : 0;
        assertThat(row.get("distance_km")).isEqualTo((int) Math.floor(km));
        assertThat(service.get(id, referent).grant().locationComment()).isEqualTo("Stage chez un parent");
        // the school's own city is no other departure: nothing to explain, nothing kept
        service.update(id, service.versionOf(id, referent), command(new GrantInputs(paris, null, null, null, null, false)), referent);
        assertThat(service.get(id, referent).grant().departureCityId()).isNull();
        assertThat(row(id).get("departure_city_id")).isEqualTo(paris);
    }

    double distance(int from, int to) {
        Map<String, Object> a = jdbc.queryForMap("select latitude, longitude from city where id = ?", from);
        Map<String, Object> b = jdbc.queryForMap("select latitude, longitude from city where id = ?", to);
        return GreatCircle.distanceKm(((BigDecimal) a.get("latitude")).doubleValue(), ((BigDecimal) a.get("longitude")).doubleValue(),
                ((BigDecimal) b.get("latitude")).doubleValue(), ((BigDecimal) b.get("longitude")).doubleValue());
    }

    @Test
    void exceptionalTravelCostsAre80PercentOfTheRealCostInsteadOfTheBand() {
        long id = service.create(command(new GrantInputs(null, null, money("1234.50"), null, null, false)), referent);
        Map<String, Object> row = row(id);
        assertThat((BigDecimal) row.get("exceptional_travel")).isEqualByComparingTo("987.60");
        assertThat((BigDecimal) row.get("travel_support")).isZero();
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo(money("987.60").add(money("1144")).add(money("350")));
    }

    @Test
    void theHundredthParticipantGetsTheHigherOrganisationalSupportTheHundredAndFirstTheLower() {
        long[] ids = new long[101];
        for (int i = 0; i < 101; i++) {
            long pupil = data.student(school, "Rang " + i + " " + TestData.unique(), "Alex", LocalDate.of(2000, 1, 1));
            // two start on the same day: the id decides
            LocalDate start = LocalDate.of(2019, 1, 7).plusDays(i == 100 ? 99 : i);
            ids[i] = data.mobility(project, pupil, null, school, host, start, start.plusDays(13));
        }
        // an accompanying person and a cancelled mobility before them do not count
        long teacher = data.staff(school, "Escorte " + TestData.unique(), "Paul");
        long escort = data.mobility(project, null, teacher, school, host, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 14));
        jdbc.update("update mobility set activity_type = 'ACCOMPANYING', trip_id = ? where id = ?",
                data.trip(project, school, host), escort);
        long gone = data.mobility(project, data.student(school, "Annulé " + TestData.unique(), "Max", LocalDate.of(2000, 1, 1)),
                null, school, host, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 14));
        jdbc.update("update mobility set status = 'CANCELLED', cancellation_reason = 'x' where id = ?", gone);

        for (int i : new int[] {98, 99, 100}) {
            grants.refresh(ids[i], "test");
        }
        grants.refresh(escort, "test");
        assertThat((BigDecimal) row(ids[98]).get("organisational_support")).isEqualByComparingTo("350");
        assertThat((BigDecimal) row(ids[99]).get("organisational_support")).isEqualByComparingTo("350"); // 100th
        assertThat((BigDecimal) row(ids[100]).get("organisational_support")).isEqualByComparingTo("200"); // 101st
        assertThat(grants.stored(ids[100], coordinator).orElseThrow().lines()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("funding.rule.organisational.beyondLimit");
            assertThat(line.args().get(0)).isEqualTo(101L);
        });
        assertThat((BigDecimal) row(escort).get("organisational_support")).isZero();

        // one participant more, earlier: the 100th becomes the 101st, and their live grant follows
        long early = data.student(school, "Précoce " + TestData.unique(), "Lou", LocalDate.of(2000, 1, 1));
        service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(early),
                new Placement(host, null, Transport.TRAIN),
                new StayPeriod(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 20), 1, 1, 0)), referent);
        assertThat((BigDecimal) row(ids[98]).get("organisational_support")).isEqualByComparingTo("350"); // now the 100th
        assertThat((BigDecimal) row(ids[99]).get("organisational_support")).isEqualByComparingTo("200"); // now the 101st
    }

    @Test
    void withoutARateTableNothingIsStoredAndThePageSaysWhy() {
        jdbc.update("update project set generation = 'G2021_2027', call_year = 2020 where id = ?", project);
        long id = service.create(command(GrantInputs.NONE), referent);
        assertThat(jdbc.queryForObject("select count(*) from mobility_grant where mobility_id = ?", Long.class, id)).isZero();
        assertThat(grants.view(id, referent).problem()).isEqualTo("grants.problem.noTable");
        assertThatThrownBy(() -> grants.preview(command(GrantInputs.NONE), null, referent))
                .isInstanceOfSatisfying(GrantUnavailableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("grants.problem.noTable"));
    }

    @Test
    void theLinesSurviveTheirJsonColumn() {
        var lines = java.util.List.of(new GrantEntry("TRAVEL", "funding.rule.travel.standard",
                java.util.List.of(878L, 500L, "–1999", money("275.0000")), money("275.0000"), false),
                new GrantEntry("INDIVIDUAL_SUPPORT", "funding.rule.days", java.util.List.of(
                        new GrantEntry.Message("funding.category.LEARNER"), money("0.7")), money("12.3456"), true));
        assertThat(GrantLinesJson.fromJson(GrantLinesJson.toJson(lines))).isEqualTo(lines);
    }

    String messageOf(Runnable action) {
        try {
            action.run();
        } catch (MobilityRuleException e) {
            return e.messageKey();
        }
        return null;
    }
}

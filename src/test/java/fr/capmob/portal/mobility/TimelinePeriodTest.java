package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline shows every mobility whose whole period overlaps the month (one that starts before and ends after it
 * included, one that ended the day before left out), and PostgreSQL can answer that condition from the GiST index
 * on the period (V39_1 mobility_period_idx).
 */
@PortalTest
class TimelinePeriodTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void theMonthShowsEveryPeriodThatOverlapsIt() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Timeline " + run);
        long project = data.project("Timeline " + run, school);
        long host = data.host("Host timeline " + run, null);
        long across = data.staff(school, "Across", "Staff " + run);
        long before = data.staff(school, "Before", "Staff " + run);
        String acrossReference = reference(data.mobility(project, null, across, school, host, LocalDate.of(2031, 1, 20),
                LocalDate.of(2031, 3, 5)));
        String beforeReference = reference(data.mobility(project, null, before, school, host, LocalDate.of(2031, 1, 2),
                LocalDate.of(2031, 1, 31)));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));

        String february = mvc.perform(get("/timeline").param("month", "2031-02").param("projectId", String.valueOf(project))
                .with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(february).as("from January to March").contains(acrossReference)
                .as("ended on 31 January").doesNotContain(beforeReference);
    }

    @Test
    void aBusyMonthIsPagedTwentyLinesAtATime() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Busy " + run);
        long project = data.project("Busy " + run, school);
        long host = data.host("Host busy " + run, null);
        for (int i = 0; i < 23; i++) {
            data.mobility(project, null, data.staff(school, "Staff" + i, "Busy " + run), school, host,
                    LocalDate.of(2032, 4, 1 + i), LocalDate.of(2032, 4, 5 + i));
        }
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));

        String first = timeline(coordinator, project, "0");
        assertThat(first.split("bg-primary abroad", -1)).as("20 lines").hasSize(21);
        assertThat(first).contains("1–20 sur 23");
        String second = timeline(coordinator, project, "1");
        assertThat(second.split("bg-primary abroad", -1)).as("the last 3").hasSize(4);
        // the last line starts on 23 April and ends on 27: 22 days before, 5 abroad, 3 after
        assertThat(second).contains("colspan=\"22\"", "colspan=\"5\" class=\"p-0 bg-primary abroad\"", "colspan=\"3\"");
        assertThat(timeline(coordinator, project, "9")).as("a page past the end shows the first").contains("1–20 sur 23");
    }

    private String timeline(CurrentUser user, long project, String page) throws Exception {
        return mvc.perform(get("/timeline").param("month", "2032-04").param("projectId", String.valueOf(project))
                .param("page", page).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String reference(long mobility) {
        return jdbc.sql("select reference from mobility where id = :id").param("id", mobility).query(String.class).single();
    }

    @Test
    void theMonthsTripsAndMobilitiesOutsideTripsAreFoundByTheirPeriodIndexes() {
        List<String> plan = transaction.execute(status -> {
            status.setRollbackOnly();
            // 2,000 mobilities outside any trip over five years, so that "outside any trip" alone selects many rows
            // (on the few rows of a fresh test database the planner may read them all by the trip index instead)
            manyMobilitiesOutsideTrips(2000);
            jdbc.sql("analyze mobility").update();
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("""
                    explain select t.id from trip t where daterange(t.start_date, t.end_date, '[]') && daterange(:first, :last, '[]')
                    union all
                    select m.id from mobility m where m.trip_id is null and m.status <> 'CANCELLED'
                      and daterange(m.start_date, m.end_date, '[]') && daterange(:first, :last, '[]')""")
                    .param("first", LocalDate.of(2031, 2, 1)).param("last", LocalDate.of(2031, 2, 28))
                    .query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("trip_period_idx", "mobility_solo_period_idx");
    }

    /** {@code count} staff members of a new school, each with one 10-day mobility, a day apart from 2029 on. */
    private void manyMobilitiesOutsideTrips(int count) {
        String run = TestData.unique();
        long school = data.school("LP Many " + run);
        long project = data.project("Many " + run, school);
        long host = data.host("Host many " + run, null);
        jdbc.sql("""
                insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name, role)
                select :school, 'Many' || g, 'Staff', 'many' || g, 'staff', 'TEACHER' from generate_series(1, :count) g""")
                .param("school", school).param("count", count).update();
        jdbc.sql("""
                insert into mobility (project_id, reference, activity_type, staff_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status)
                select :project, '9' || lpad((:serial)::text, 5, '0') || '-MOB-' || lpad(g::text, 5, '0'), 'SM_JOB_SHDW',
                       sf.id, :school, :host, h.city_id, date '2029-01-01' + g, date '2029-01-10' + g, 'DRAFT'
                from generate_series(1, :count) g
                join staff_member sf on sf.school_id = :school and sf.normalised_last_name = 'many' || g
                join host_organisation h on h.id = :host""")
                .param("project", project).param("serial", (int) (Math.random() * 90_000) + 10_000)
                .param("school", school).param("host", host).param("count", count).update();
    }

    @Test
    void aTripIsOneLineWithItsParticipantsInTheUsersScope() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Trip line " + run);
        long other = data.school("LP Other line " + run);
        long project = data.project("Trip line " + run, school, other);
        long host = data.host("Host trip line " + run, null);
        long trip = data.trip(project, school, host);
        jdbc.sql("update trip set name = :name, start_date = date '2033-05-04', end_date = date '2033-05-20' where id = :id")
                .param("name", "Voyage " + run).param("id", trip).update();
        jdbc.sql("insert into trip_school (trip_id, school_id) values (:trip, :school)").param("trip", trip)
                .param("school", other).update();
        for (int i = 0; i < 3; i++) {
            long mobility = data.mobility(project, null, data.staff(i == 2 ? other : school, "T" + i, "Line " + run),
                    i == 2 ? other : school, host, LocalDate.of(2033, 5, 4), LocalDate.of(2033, 5, 20));
            jdbc.sql("update mobility set trip_id = :trip where id = :id").param("trip", trip).param("id", mobility).update();
        }
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));

        String all = mvc.perform(get("/timeline").param("month", "2033-05").param("projectId", String.valueOf(project))
                .with(user(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(all.split("bg-primary abroad", -1)).as("one line").hasSize(2);
        assertThat(all).contains("Voyage " + run, "3 participants", "colspan=\"3\" class=\"p-0\"", "colspan=\"17\" class=\"p-0 bg-primary abroad\"");
        String mine = mvc.perform(get("/timeline").param("month", "2033-05").with(user(referent)))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).as("the referent's school only").contains("Voyage " + run, "2 participants");
    }
}

package fr.capmob.portal.mobility;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Submitted mobilities and trips for the approval queue's tests: learners (minors or not) and escorts. */
class QueueData {

    static final LocalDate START = LocalDate.of(2019, 3, 4);
    static final LocalDate END = LocalDate.of(2019, 3, 18);
    static final LocalDate MINOR_BIRTH = LocalDate.of(2003, 1, 1);
    static final LocalDate ADULT_BIRTH = LocalDate.of(1999, 1, 1);

    private final TestData data;
    private final JdbcTemplate jdbc;
    final long school;
    final long project;
    final long host;

    QueueData(TestData data, JdbcTemplate jdbc, String run) {
        this.data = data;
        this.jdbc = jdbc;
        this.school = data.school("LP Queue " + run);
        this.project = data.project("Queue " + run, school);
        this.host = data.host("Queue host " + run, school);
    }

    /** A submitted learner mobility, submitted {@code daysAgo} days ago; a minor has their parental consent. */
    long learner(String lastName, boolean minor, Long tripId, int daysAgo) {
        long student = data.student(school, lastName, "Léa", minor ? MINOR_BIRTH : ADULT_BIRTH);
        jdbc.update("update student set parental_consent_date = ? where id = ?", Date.valueOf(START.minusDays(60)), student);
        return submitted(data.mobility(project, student, null, school, host, START, END), tripId, daysAgo);
    }

    /** A submitted accompanying person in a trip. */
    long escort(String lastName, long tripId, int daysAgo) {
        long staff = data.staff(school, lastName, "Marc");
        long id = data.mobility(project, null, staff, school, host, START, END);
        jdbc.update("update mobility set activity_type = 'ACCOMPANYING', trip_id = ? where id = ?", tripId, id);
        return submitted(id, tripId, daysAgo);
    }

    long trip(String name) {
        long id = data.trip(project, school, host);
        jdbc.update("update trip set name = ? where id = ?", name, id);
        return id;
    }

    private long submitted(long id, Long tripId, int daysAgo) {
        jdbc.update("update mobility set trip_id = ?, status = 'SUBMITTED' where id = ?", tripId, id);
        jdbc.update("""
                insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at)
                values (?, 'DRAFT', 'SUBMITTED', 'test@test.capmob.fr', ?)""",
                id, Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS)));
        return id;
    }

    /** The approval queue's page that names {@code marker} (other tests' submitted mobilities may come first). */
    static String pageWith(MockMvc mvc, CurrentUser coordinator, String marker) throws Exception {
        for (int page = 0; page < 1000; page++) {
            String html = mvc.perform(get("/approvals").param("page", String.valueOf(page)).with(user(coordinator)))
                    .andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse().getContentAsString();
            if (html.contains(marker)) {
                return html;
            }
            if (!html.contains("queue-item")) {
                break;
            }
        }
        throw new AssertionError(marker + " is in no page of the queue");
    }

    String status(long id) {
        return jdbc.queryForObject("select status from mobility where id = ?", String.class, id);
    }

    long approvals(long id) {
        return jdbc.queryForObject("select count(*) from mobility_transition where mobility_id = ? and to_status = 'APPROVED'",
                Long.class, id);
    }
}

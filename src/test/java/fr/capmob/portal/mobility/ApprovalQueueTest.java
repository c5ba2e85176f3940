package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The approval queue: {@link ApprovalQueue#PAGE_SIZE} lines a page, a trip once with its mobilities loaded when
 * opened, each line with its grant, submission date and waiting days and the checks that will refuse its approval, the
 * very checks the lifecycle applies; the same statements whatever the number of submitted mobilities.
 */
@PortalTest
@Import(StatementCounting.class)
class ApprovalQueueTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApprovalChecks checks;
    @Autowired MobilityService service;
    @Autowired ApprovalQueue approvals;

    String run;
    QueueData queue;
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        queue = new QueueData(data, jdbc, run);
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
    }

    @Test
    void aTripOnceWithItsMobilitiesInsideAndEachLineWithGrantWaitAndChecks() throws Exception {
        long trip = queue.trip("Voyage sans escorte " + run);
        long minorInTrip = queue.learner("Mineure " + run, true, trip, 3);
        queue.learner("Majeur " + run, false, trip, 2);
        long alone = queue.learner("Seule " + run, true, null, 5);
        long adult = queue.learner("Adulte " + run, false, null, 4);
        data.storedGrant(adult, "275.00", "1200.50", "350.00");

        String page = pageWith("Voyage sans escorte " + run);
        assertThat(occurrences(page, ">Voyage sans escorte " + run + "</a>")).isEqualTo(1);
        String tripLine = line(page, "Voyage sans escorte " + run);
        assertThat(tripLine).contains("<details", "hx-get=\"/approvals/trips/" + trip + "\"", "href=\"/trips/" + trip + "\"",
                "2 mobilités soumises, 1 approuvable", "il doit voyager dans un voyage de groupe",
                "Soumise le", "en attente depuis 3 jours", "form=\"approve-trip\" name=\"trip\" value=\"" + trip + "\"",
                // the trip's school and dates, as a mobility's line gives its own
                "LP Queue " + run + " · 03/03/2019 – 20/03/2019")
                .doesNotContain("Mineure " + run, "Majeur " + run, "queue-row ", "name=\"comment\"");
        String aloneLine = line(pageWith("Seule " + run), "Seule " + run);
        assertThat(aloneLine).contains("il doit voyager dans un voyage de groupe", "en attente depuis 5 jours")
                .contains("disabled");
        String adultLine = line(pageWith("Adulte " + run), "Adulte " + run);
        assertThat(adultLine).contains("Subvention : 1", "825,50", "Passe les contrôles", "en attente depuis 4 jours")
                .doesNotContain("disabled");

        // the lifecycle refuses with the very reason the queue shows
        assertThat(checks.of(alone)).extracting(ApprovalRefusal::messageKey).containsExactly(ApprovalChecks.MINOR_WITHOUT_ESCORT);
        assertThat(refusalOf(alone)).isEqualTo(ApprovalChecks.MINOR_WITHOUT_ESCORT);
        assertThat(refusalOf(minorInTrip)).isEqualTo(ApprovalChecks.MINOR_WITHOUT_ESCORT);
        assertThat(checks.of(adult)).isEmpty();
    }

    @Test
    void anOpenedTripLineLoadsItsMobilitiesWithTheirRefusalsAndSendBackForms() throws Exception {
        long trip = queue.trip("Voyage ouvert " + run);
        long minor = queue.learner("Mineure " + run, true, trip, 3);
        long adult = queue.learner("Majeur " + run, false, trip, 2);
        String rows = tripRows(trip);
        assertThat(occurrences(rows, "class=\"border-top py-1 queue-row")).isEqualTo(2);
        assertThat(rows).contains("Mineure " + run, "Majeur " + run, "href=\"/mobilities/" + minor + "\"",
                "il doit voyager dans un voyage de groupe", "action=\"/mobilities/" + adult + "/transitions\"",
                "name=\"comment\"", "name=\"_csrf\"").doesNotContain("<html");
        assertThat(occurrences(rows, "il doit voyager dans un voyage de groupe")).isEqualTo(1);

        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, queue.school));
        mvc.perform(get("/approvals/trips/" + trip).with(user(referent))).andExpect(status().isForbidden());
        mvc.perform(get("/approvals/trips/999999999").with(user(coordinator))).andExpect(status().isNotFound());
        long none = queue.trip("Voyage vide " + run);
        assertThat(tripRows(none)).contains("Plus aucune mobilité de ce voyage").doesNotContain("queue-row ");
    }

    @Test
    void aTripLineWeighsTheSameWhateverTheTripsSizeAndItsMobilitiesTheSameStatements() throws Exception {
        long small = queue.trip("Petit " + run);
        long big = queue.trip("Grand " + run);
        queue.learner("Un " + run, false, small, 1);
        queue.learner("Deux " + run, false, big, 1);
        int few = StatementCounting.count(() -> tripRows(big));
        for (int i = 0; i < 12; i++) {
            queue.learner("Grand" + i + " " + run, false, big, 1);
        }
        assertThat(StatementCounting.count(() -> tripRows(big))).isEqualTo(few);
        String smallLine = card(line(pageWith("Petit " + run), "Petit " + run));
        String bigLine = card(line(pageWith("Grand " + run), "Grand " + run));
        assertThat(Math.abs(bigLine.length() - smallLine.length())).isLessThan(40);
    }

    @Test
    void escortsBeyondTheRatioAndEscortsWithoutLearnersAreShownAsTheLifecycleRefusesThem() {
        jdbc.update("insert into mobility_project_setting (project_id, minors_per_escort) values (?, 1)", queue.project);
        long crowded = queue.trip("Trop de mineurs " + run);
        long first = queue.learner("Un " + run, true, crowded, 1);
        queue.learner("Deux " + run, true, crowded, 1);
        queue.escort("Prof " + run, crowded, 1);
        assertThat(checks.of(first)).containsExactly(new ApprovalRefusal(ApprovalChecks.RATIO_EXCEEDED, List.of(2L, 1L, 1)));
        assertThat(refusalOf(first)).isEqualTo(ApprovalChecks.RATIO_EXCEEDED);

        long empty = queue.trip("Sans apprenant " + run);
        long lonely = queue.escort("Seul " + run, empty, 1);
        assertThat(checks.of(lonely)).extracting(ApprovalRefusal::messageKey)
                .containsExactly(ApprovalChecks.ESCORT_WITHOUT_LEARNERS);
        assertThat(refusalOf(lonely)).isEqualTo(ApprovalChecks.ESCORT_WITHOUT_LEARNERS);
    }

    @Test
    void aFullPageOfLinesAndTheSameStatementsWithMoreData() throws Exception {
        for (int i = 0; i < 3; i++) {
            long trip = queue.trip("Compté " + i + " " + run);
            queue.learner("T" + i + " " + run, true, trip, 1);
            queue.escort("E" + i + " " + run, trip, 1);
        }
        int few = statements();
        for (int i = 0; i < 30; i++) {
            long trip = queue.trip("Plus " + i + " " + run);
            for (int j = 0; j < 3; j++) {
                queue.learner("P" + i + "x" + j + " " + run, j == 0, trip, 1);
            }
            queue.escort("F" + i + " " + run, trip, 1);
            queue.learner("S" + i + " " + run, i % 2 == 0, null, 2);
        }
        assertThat(statements()).isEqualTo(few);
        String first = mvc.perform(get("/approvals").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(occurrences(first, "class=\"card mb-2 queue-item")).isEqualTo(ApprovalQueue.PAGE_SIZE);
        assertThat(first).contains("rel=\"next\"");
    }

    @Test
    void onlyCoordinatorsSeeItAndAPageBeyondTheLastIsEmpty() throws Exception {
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, queue.school));
        mvc.perform(get("/approvals").with(user(referent))).andExpect(status().isForbidden());
        queue.learner("Au-delà " + run, false, null, 1);
        String beyond = mvc.perform(get("/approvals").param("page", "100000").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(beyond).doesNotContain("queue-item");
        assertThat(beyond).as("no range of lines for a page without any")
                .doesNotContainPattern("[0-9]–[0-9,\\s\u202f]+ (sur|of) [0-9]");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theNumberOfLinesComesWithThePageAndAPageBeyondTheLastCountsThemAlone() {
        long before = approvals.page(0).getTotalElements();
        long trip = queue.trip("Lignes " + run);
        queue.learner("L1 " + run, false, trip, 1);
        queue.learner("L2 " + run, false, trip, 1);
        queue.learner("Seul " + run, false, null, 2);
        Page<ApprovalItem> first = approvals.page(0);
        assertThat(first.getTotalElements()).as("a trip is one line, its two mobilities once").isEqualTo(before + 2);
        Page<ApprovalItem> beyond = approvals.page(100_000);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(first.getTotalElements());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theLongestWaitingLineComesFirstATripWaitingSinceItsEarliestSubmission() {
        long trip = queue.trip("Ordre " + run);
        queue.learner("Récent " + run, false, trip, 1);
        queue.learner("Ancien " + run, false, trip, 9);
        long older = queue.learner("Plus ancien " + run, false, null, 12);
        long younger = queue.learner("Plus récent " + run, false, null, 5);
        List<String> order = new ArrayList<>();
        Page<ApprovalItem> page = approvals.page(0);
        for (int p = 1; !page.getContent().isEmpty(); page = approvals.page(p++)) {
            for (ApprovalItem item : page.getContent()) {
                if (item.isTrip() && item.tripId() == trip) {
                    order.add("trip, 2 mobilities: " + item.rows().size() + ", waiting " + item.waitingDays());
                } else if (!item.isTrip() && (item.first().id() == older || item.first().id() == younger)) {
                    order.add("alone, waiting " + item.waitingDays());
                }
            }
        }
        assertThat(order).containsExactly("alone, waiting 12", "trip, 2 mobilities: 2, waiting 9", "alone, waiting 5");
    }

    @Test
    void aMobilityKeepsItsLatestSubmissionWhateverTheOrderItsTransitionsAreWritten() {
        long id = queue.learner("Horodaté " + run, false, null, 10);
        Timestamp tenDaysAgo = submittedAt(id);
        assertThat(tenDaysAgo).isEqualTo(jdbc.queryForObject(
                "select max(changed_at) from mobility_transition where mobility_id = ? and to_status = 'SUBMITTED'",
                Timestamp.class, id));
        Timestamp later = Timestamp.from(tenDaysAgo.toInstant().plus(3, ChronoUnit.DAYS));
        transition(id, "SUBMITTED", later);
        transition(id, "SUBMITTED", Timestamp.from(tenDaysAgo.toInstant().minus(5, ChronoUnit.DAYS)));
        transition(id, "DRAFT", Timestamp.from(later.toInstant().plus(1, ChronoUnit.DAYS)));
        assertThat(submittedAt(id)).as("the latest submission; an older one and other moves leave it").isEqualTo(later);
    }

    private Timestamp submittedAt(long id) {
        return jdbc.queryForObject("select submitted_at from mobility where id = ?", Timestamp.class, id);
    }

    private void transition(long id, String to, Timestamp at) {
        jdbc.update("insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at) "
                + "values (?, 'DRAFT', ?, 'test@test.capmob.fr', ?)", id, to, at);
    }

    private int statements() throws Exception {
        return StatementCounting.count(() -> mvc.perform(get("/approvals").with(user(coordinator)))
                .andExpect(status().isOk()));
    }

    private String tripRows(long trip) throws Exception {
        return mvc.perform(get("/approvals/trips/" + trip).with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String refusalOf(long id) {
        try {
            service.transition(id, MobilityStatus.APPROVED, null, false, coordinator);
            return null;
        } catch (MobilityRuleException e) {
            return e.messageKey();
        }
    }

    private String pageWith(String marker) throws Exception {
        return QueueData.pageWith(mvc, coordinator, marker);
    }

    /** The queue's line (its card) that names {@code marker}. */
    private static String line(String html, String marker) {
        for (String item : html.split("<li class=\"card mb-2 queue-item")) {
            if (item.contains(marker)) {
                return item;
            }
        }
        throw new AssertionError(marker + " is in no line");
    }

    /** A line's card without what follows it in the page. */
    private static String card(String line) {
        return line.substring(0, line.indexOf("</details>"));
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

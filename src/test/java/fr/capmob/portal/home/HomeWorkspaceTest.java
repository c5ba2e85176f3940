package fr.capmob.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.WorkItem;
import fr.capmob.portal.account.WorkItemSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role's home page shows what waits for it, each item a count and a link to the list filtered on the same
 * condition: a referent's for their school (named), a coordinator's for the consortium, an accountant's money.
 */
@PortalTest
class HomeWorkspaceTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<WorkItemSource> sources;

    String run;
    long school;
    long project;
    long host;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        school = data.school("LP Accueil " + run);
        project = data.project("Accueil " + run, school);
        host = data.host("Accueil host " + run, school);
    }

    @Test
    void aReferentSeesTheirSchoolsWorkAndEachLinkListsExactlyThose() throws Exception {
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        long sentBack = mobility("Renvoye", false, 40, "DRAFT");
        jdbc.update("""
                insert into mobility_transition (mobility_id, from_status, to_status, changed_by, changed_at, comment)
                values (?, 'SUBMITTED', 'DRAFT', 'c@test.capmob.fr', now(), 'Dates')""", sentBack);
        mobility("Brouillon", false, 40, "DRAFT");
        long minor = mobility("Mineur", true, 20, "APPROVED");
        complete(minor);
        long noMentor = mobility("Incomplet", false, 20, "CONFIRMED");
        complete(noMentor);
        jdbc.update("update mobility set mentor = null where id = ?", noMentor);
        mobility("Termine", false, -40, "COMPLETED");
        long linked = mobility("Lien", false, -40, "COMPLETED");
        jdbc.update("""
                insert into report_link (mobility_id, token_hash, created_by, created_at, expires_at)
                values (?, ?, 'r@test.capmob.fr', now(), now() + interval '60 days')""", linked, "%064d".formatted(linked));

        Map<String, WorkItem> items = items(referent);
        assertThat(items.keySet()).containsExactly("mobility.work.SENT_BACK", "mobility.work.DRAFT",
                "mobility.work.CONSENT_MISSING", "mobility.work.DOCUMENTS_MISSING", "mobility.work.REPORT_LINK_NOT_SENT",
                "mobility.work.REPORT_NOT_RETURNED");
        // Brouillon, Renvoye and the completed ones lack documents too, but have left or are not before departure
        assertThat(items.values().stream().map(WorkItem::count).toList()).containsExactly(1L, 1L, 1L, 3L, 1L, 1L);

        String home = page("/", referent);
        assertThat(home).contains("Ce qui vous attend — LP Accueil " + run,
                "Une mobilité renvoyée en brouillon par la coordination", "Un brouillon à compléter et soumettre",
                "Une autorisation parentale manquante avant le départ d’un mineur",
                "3 mobilités aux documents incomplets avant le départ", "href=\"/mobilities?attention=SENT_BACK\"");
        assertLists(referent, "SENT_BACK", List.of("Renvoye"), List.of("Brouillon", "Mineur"));
        assertLists(referent, "DRAFT", List.of("Brouillon"), List.of("Renvoye"));
        assertLists(referent, "CONSENT_MISSING", List.of("Mineur"), List.of("Incomplet", "Brouillon"));
        assertLists(referent, "DOCUMENTS_MISSING", List.of("Incomplet", "Brouillon", "Renvoye"), List.of("Mineur", "Termine"));
        assertLists(referent, "REPORT_LINK_NOT_SENT", List.of("Termine"), List.of("Lien"));
        assertLists(referent, "REPORT_NOT_RETURNED", List.of("Lien"), List.of("Termine"));
    }

    @Test
    void aCoordinatorSeesTheConsortiumsWorkAndTheLinksFilterOnIt() throws Exception {
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        Map<String, WorkItem> before = items(coordinator);
        assertThat(before.keySet()).containsExactly("mobility.work.waiting", "mobility.work.LEAVING_SOON",
                "mobility.work.GRANT_TO_RECOMPUTE", "mobility.work.REPORT_MISSING");
        long trip = data.trip(project, school, host);
        long minor = mobility("Voyageur", true, 10, "APPROVED");
        jdbc.update("update mobility set trip_id = ? where id = ?", trip, minor);
        long other = mobility("Voyageuse", true, 10, "APPROVED");
        jdbc.update("update mobility set trip_id = ? where id = ?", trip, other);
        mobility("Soumis", false, 50, "SUBMITTED");
        mobility("Fini", false, -30, "COMPLETED");

        Map<String, WorkItem> after = items(coordinator);
        assertThat(delta(before, after, "mobility.work.waiting")).isEqualTo(1);
        assertThat(delta(before, after, "mobility.work.LEAVING_SOON")).isEqualTo(1);
        assertThat(delta(before, after, "mobility.work.REPORT_MISSING")).isEqualTo(1);
        assertThat(after.get("mobility.work.waiting").link()).isEqualTo("/approvals");
        String home = page("/", coordinator);
        assertThat(home).contains("Ce qui vous attend", "href=\"/approvals\"", "href=\"/mobilities?attention=LEAVING_SOON\"")
                .doesNotContain("Ce qui vous attend —");
        assertLists(coordinator, "LEAVING_SOON", List.of("Voyageur", "Voyageuse"), List.of("Soumis"));
        assertLists(coordinator, "REPORT_MISSING", List.of("Fini"), List.of("Soumis"));
    }

    @Test
    void anAccountantSeesTheMoneyWaitingWithItsLinks() throws Exception {
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, school));
        assertThat(items(accountant).keySet()).containsExactly("budget.work.advances", "budget.work.balances",
                "budget.work.recoveries", "budget.work.invoices");
        String home = page("/", accountant);
        assertThat(home).contains("Ce qui vous attend — LP Accueil " + run, "href=\"/payments/due?what=ADVANCES\"",
                "href=\"/payments/recoveries?state=OPEN\"", "href=\"/payments/due?what=INVOICES\"")
                .doesNotContain("attention=");
        for (String link : List.of("/payments/due?what=ADVANCES", "/payments/due?what=BALANCES",
                "/payments/recoveries?state=OPEN", "/payments/due?what=INVOICES")) {
            mvc.perform(get(link).with(user(accountant))).andExpect(status().isOk());
        }
    }

    private void assertLists(CurrentUser user, String attention, List<String> listed, List<String> absent) throws Exception {
        String list = page("/mobilities?attention=" + attention + "&projectId=" + project, user);
        listed.forEach(name -> assertThat(list).as(attention).contains(name + " " + run));
        absent.forEach(name -> assertThat(list).as(attention).doesNotContain(name + " " + run));
    }

    /** A mobility departing in {@code days} days (14 days long), with host, mentor, outcomes and tasks but no grant. */
    private long mobility(String lastName, boolean minor, int days, String status) {
        LocalDate start = LocalDate.now().plusDays(days);
        long student = data.student(school, lastName + " " + run, "Alex", start.minusYears(minor ? 16 : 20));
        long id = data.mobility(project, student, null, school, host, start, start.plusDays(14));
        jdbc.update("update mobility set status = ? where id = ?", status, id);
        return id;
    }

    /** The agreement's texts and a grant: nothing missing for the documents. */
    private void complete(long id) {
        jdbc.update("update mobility set mentor = 'M. Weber', learning_outcomes = 'Service', tasks = 'Salle' where id = ?", id);
        data.storedGrant(id, "275.00", "800.00", "350.00");
    }

    private Map<String, WorkItem> items(CurrentUser user) {
        return sources.stream().flatMap(s -> s.itemsFor(user).stream()).sorted(java.util.Comparator.comparingInt(WorkItem::order))
                .collect(Collectors.toMap(WorkItem::messageKey, i -> i, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static long delta(Map<String, WorkItem> before, Map<String, WorkItem> after, String key) {
        return after.get(key).count() - before.get(key).count();
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}

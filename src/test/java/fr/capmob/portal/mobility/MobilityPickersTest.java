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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mobility form's type-ahead pickers: the form's bytes and statements stay the same with 3 or 300 students,
 * staff members and hosts to choose from; a picker answers at most 20 matches, a referent's only their school's.
 */
@PortalTest
@Import(StatementCounting.class)
class MobilityPickersTest {

    private static final Pattern OPTION = Pattern.compile("data-picker-option");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void theFormDoesNotGrowWithThePeopleAndHosts() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Picker " + run);
        long project = data.project("Picker " + run, school);
        long host = data.host("Picker host " + run, school);
        long student = data.student(school, "Pickerchosen" + run, "Léa", LocalDate.of(2001, 1, 1));
        long mobility = data.mobility(project, student, null, school, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 20));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("new", get("/mobilities/new").with(user(referent)));
        pages.put("edit", get("/mobilities/" + mobility + "/edit").with(user(referent)));
        pages.put("new, English", get("/mobilities/new").param("lang", "en").with(user(referent)));
        insert(school, run, 0, 3);
        for (var page : pages.values()) {
            size(page); // warms what is cached on a first view (messages, the user's settings)
        }
        Map<String, Integer> fewStatements = new LinkedHashMap<>();
        Map<String, Integer> fewBytes = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            fewStatements.put(page.getKey(), StatementCounting.count(() -> fewBytes.put(page.getKey(), size(page.getValue()))));
        }

        insert(school, run, 3, 300);
        for (var page : pages.entrySet()) {
            int[] bytes = new int[1];
            int statements = StatementCounting.count(() -> bytes[0] = size(page.getValue()));
            assertThat(statements).as(page.getKey() + " statements").isEqualTo(fewStatements.get(page.getKey()));
            assertThat(bytes[0]).as(page.getKey() + " bytes").isBetween(fewBytes.get(page.getKey()) - 100, fewBytes.get(page.getKey()) + 100);
        }
        String edit = body(get("/mobilities/" + mobility + "/edit").with(user(referent)));
        assertThat(edit).as("the chosen student and host are shown by name")
                .contains("Pickerchosen" + run + " Léa — LP Picker " + run).contains("Picker host " + run + " — Berlin");
        System.out.println("[mobility form pickers] statements " + fewStatements + " bytes " + fewBytes);
    }

    @Test
    void aPickerAnswersAtMostTwentyMatchesOfTheUsersScope() throws Exception {
        String run = TestData.unique();
        long schoolA = data.school("LP Scope A " + run);
        long schoolB = data.school("LP Scope B " + run);
        insert(schoolA, run, 0, 30);
        data.student(schoolB, "Pickerother" + run, "Hugo", LocalDate.of(2001, 1, 1));
        data.staff(schoolB, "Pickerother" + run, "Inès");
        CurrentUser referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));

        String many = body(get("/mobilities/pickers/students").param("q", "picker" + run).with(user(referentA)));
        assertThat(OPTION.matcher(many).results().count()).isEqualTo(MobilityPickers.MAX_MATCHES);
        assertThat(many).contains("Les 20 premiers résultats");
        String manyEn = body(get("/mobilities/pickers/staff").param("q", "picker" + run).param("lang", "en").with(user(referentA)));
        assertThat(OPTION.matcher(manyEn).results().count()).isEqualTo(MobilityPickers.MAX_MATCHES);
        assertThat(manyEn).contains("The first 20 matches");

        for (String kind : new String[] {"students", "staff"}) {
            String other = "/mobilities/pickers/" + kind;
            assertThat(body(get(other).param("q", "pickerother" + run).with(user(referentA))))
                    .as("a referent never gets another school's " + kind)
                    .doesNotContain("Pickerother" + run).contains("Aucun résultat pour « pickerother" + run + " ».");
            assertThat(body(get(other).param("q", "PICKEROTHER" + run).param("lang", "en").with(user(referentA))))
                    .contains("Nothing matches");
            assertThat(body(get(other).param("q", "pickerother" + run).with(user(coordinator))))
                    .as("a coordinator chooses in every school").contains("Pickerother" + run).contains("LP Scope B " + run);
        }
        assertThat(body(get("/mobilities/pickers/hosts").param("q", "PickerHost" + run + "n7").with(user(referentA))))
                .contains("Pickerhost" + run + "n7 — Berlin").doesNotContain("premiers résultats");
        assertThat(OPTION.matcher(body(get("/mobilities/pickers/students").param("q", " ").with(user(referentA))))
                .results().count()).as("nothing typed, nothing listed").isZero();
    }

    @Test
    void theTripFormListsOnlyItsChosenSchoolsAndHosts() throws Exception {
        String run = TestData.unique();
        long schoolA = data.school("LP Trip A " + run);
        long partner = data.school("LP Trip Partner " + run);
        long stranger = data.school("LP Trip Stranger " + run);
        long project = data.project("Trip pickers " + run, schoolA, partner, stranger);
        data.pair(project, schoolA, partner);
        long host = data.host("Trip host " + run, schoolA);
        long trip = data.trip(project, schoolA, host);
        CurrentUser referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("new, coordinator", get("/trips/new").with(user(coordinator)));
        pages.put("edit", get("/trips/" + trip + "/edit").with(user(referentA)));
        insert(schoolA, run, 0, 3);
        for (var page : pages.values()) {
            size(page);
        }
        Map<String, Integer> fewStatements = new LinkedHashMap<>();
        Map<String, Integer> fewBytes = new LinkedHashMap<>();
        for (var page : pages.entrySet()) {
            fewStatements.put(page.getKey(), StatementCounting.count(() -> fewBytes.put(page.getKey(), size(page.getValue()))));
        }
        insert(schoolA, run, 3, 300);
        for (int i = 0; i < 300; i++) {
            data.school("LP Trip More " + run + " " + i);
        }
        for (var page : pages.entrySet()) {
            int[] bytes = new int[1];
            int statements = StatementCounting.count(() -> bytes[0] = size(page.getValue()));
            assertThat(statements).as(page.getKey() + " statements").isEqualTo(fewStatements.get(page.getKey()));
            assertThat(bytes[0]).as(page.getKey() + " bytes").isBetween(fewBytes.get(page.getKey()) - 100, fewBytes.get(page.getKey()) + 100);
        }
        assertThat(body(get("/trips/" + trip + "/edit").with(user(referentA))))
                .as("the trip's school and host are shown as chosen").contains("LP Trip A " + run).contains("Trip host " + run + " — Berlin");

        String schools = body(get("/trips/pickers/schools").param("q", "lp trip").with(user(referentA)));
        assertThat(schools).as("a referent: their school and its tutoring pair's")
                .contains("LP Trip A " + run).contains("LP Trip Partner " + run).doesNotContain("LP Trip Stranger " + run);
        assertThat(OPTION.matcher(body(get("/trips/pickers/schools").param("q", "LP Trip More " + run).with(user(coordinator))))
                .results().count()).as("a coordinator: every school, at most 20").isEqualTo(MobilityPickers.MAX_MATCHES);
        System.out.println("[trip form pickers] statements " + fewStatements + " bytes " + fewBytes);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int size(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray().length;
    }

    /** Students, staff members and hosts named Picker…n{g} of the school: three set-based statements. */
    private void insert(long school, String run, int from, int to) {
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select :school, 'Picker' || :run || 'n' || g, 'Test', 'picker' || lower(:run) || 'n' || g, 'test',
                       date '2000-01-01', 'FR', 'BAC_PRO'
                from generate_series(:from, :to - 1) as g""")
                .param("school", school).param("run", run).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name, role)
                select :school, 'Picker' || :run || 'n' || g, 'Test', 'picker' || lower(:run) || 'n' || g, 'test', 'TEACHER'
                from generate_series(:from, :to - 1) as g""")
                .param("school", school).param("run", run).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into host_organisation (legal_name, normalised_name, type, country, city_id, created_by_school_id)
                select 'Pickerhost' || :run || 'n' || g, 'pickerhost' || lower(:run) || 'n' || g, 'COMPANY', 'DE',
                       (select min(id) from city where name = 'Berlin' and country = 'DE'), :school
                from generate_series(:from, :to - 1) as g""")
                .param("school", school).param("run", run).param("from", from).param("to", to).update();
    }
}

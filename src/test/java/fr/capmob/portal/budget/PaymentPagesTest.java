package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Recording advances, balances and corrections; the over-owed confirmation; the ledger and its scope. */
@PortalTest
class PaymentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    long schoolA;
    long schoolB;
    long mobilityA;
    long mobilityB;
    CurrentUser accountantA;
    CurrentUser consortiumAccountant;
    CurrentUser referentA;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Paiement A " + run);
        schoolB = data.school("LP Paiement B " + run);
        long project = data.project("Paiements " + run, schoolA, schoolB);
        mobilityA = mobility(project, schoolA, "Martin" + run);
        mobilityB = mobility(project, schoolB, "Bernard" + run);
        data.storedGrant(mobilityA, "275", "952", "350"); // 1 577,00 €
        data.storedGrant(mobilityB, "180", "800", "350");
        accountantA = data.principal(data.user("Gestion A", Role.ACCOUNTANT, schoolA));
        consortiumAccountant = data.principal(data.user("Comptable GIP", Role.ACCOUNTANT, null));
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
    }

    private long mobility(long project, long school, String name) {
        long student = data.student(school, name, "Léa", LocalDate.of(2001, 5, 3));
        long id = data.mobility(project, student, null, school, data.host("Host " + name, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(id, "CONFIRMED", false);
        return id;
    }

    private BigDecimalSum paid(long mobility) {
        return new BigDecimalSum(jdbc.sql("select coalesce(sum(amount), 0) from payment where mobility_id = :m")
                .param("m", mobility).query(java.math.BigDecimal.class).single());
    }

    record BigDecimalSum(java.math.BigDecimal value) {
    }

    @Test
    void theFormSuggestsTheAdvanceThenTheBalance() throws Exception {
        mvc.perform(get("/payments/new").param("mobility", String.valueOf(mobilityA)).with(user(accountantA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1261,60\"")))
                .andExpect(content().string(containsString("1\u202f577,00 €")));
        data.payment(mobilityA, "ADVANCE", "1261.60", LocalDate.of(2019, 2, 1));
        mvc.perform(get("/payments/new").param("mobility", String.valueOf(mobilityA)).with(user(accountantA)))
                .andExpect(content().string(containsString("value=\"315,40\"")));
    }

    @Test
    void recordsAnAdvanceTypedWithADecimalComma() throws Exception {
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA))
                        .param("mobilityId", String.valueOf(mobilityA)).param("kind", "ADVANCE").param("paidOn", "2019-02-01")
                        .param("amount", "1 261,60").param("method", "TRANSFER").param("reference", "VIR-001"))
                .andExpect(redirectedUrl("/payments/mobilities/" + mobilityA));
        assertThat(paid(mobilityA).value()).isEqualByComparingTo("1261.60");
        assertThat(jdbc.sql("select created_by from payment where mobility_id = :m").param("m", mobilityA)
                .query(String.class).single()).isEqualTo(accountantA.email());
        mvc.perform(get("/payments/mobilities/" + mobilityA).with(user(accountantA)))
                .andExpect(content().string(containsString("Gestion A")))
                .andExpect(content().string(containsString("315,40 €")));
    }

    @Test
    void payingAboveWhatIsOwedNeedsAConfirmation() throws Exception {
        data.payment(mobilityA, "ADVANCE", "1261.60", LocalDate.of(2019, 2, 1));
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA))
                        .param("mobilityId", String.valueOf(mobilityA)).param("kind", "BALANCE").param("paidOn", "2019-04-01")
                        .param("amount", "400").param("method", "TRANSFER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"over-owed\"")))
                .andExpect(content().string(containsString("1\u202f661,60 €")));
        assertThat(paid(mobilityA).value()).isEqualByComparingTo("1261.60");
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA)).param("lang", "en")
                        .param("mobilityId", String.valueOf(mobilityA)).param("kind", "BALANCE").param("paidOn", "2019-04-01")
                        .param("amount", "400").param("method", "TRANSFER"))
                .andExpect(content().string(containsString("above what is owed")));
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA))
                        .param("mobilityId", String.valueOf(mobilityA)).param("kind", "BALANCE").param("paidOn", "2019-04-01")
                        .param("amount", "400").param("method", "TRANSFER").param("confirmOverOwed", "true"))
                .andExpect(redirectedUrl("/payments/mobilities/" + mobilityA));
        assertThat(paid(mobilityA).value()).isEqualByComparingTo("1661.60");
        assertThat(jdbc.sql("select over_owed_confirmed from payment where mobility_id = :m and kind = 'BALANCE'")
                .param("m", mobilityA).query(Boolean.class).single()).isTrue();
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA))
                        .param("mobilityId", String.valueOf(mobilityA)).param("kind", "ADVANCE").param("paidOn", "2019-02-01")
                        .param("amount", "12,345").param("method", "TRANSFER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant invalide")));
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA))
                        .param("mobilityId", String.valueOf(mobilityA)).param("kind", "ADVANCE").param("paidOn", "2019-02-01")
                        .param("amount", "-5").param("method", "TRANSFER"))
                .andExpect(content().string(containsString("supérieur à zéro")));
        assertThat(paid(mobilityA).value()).isEqualByComparingTo("0");
    }

    @Test
    void aCorrectionIsANewNegativeEntryWithAReason() throws Exception {
        long advance = data.payment(mobilityA, "ADVANCE", "1261.60", LocalDate.of(2019, 2, 1));
        mvc.perform(post("/payments/" + advance + "/correction").with(csrf()).with(user(accountantA))
                        .param("paidOn", "2019-02-05").param("amount", "100").param("method", "TRANSFER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le motif de la correction")));
        mvc.perform(post("/payments/" + advance + "/correction").with(csrf()).with(user(accountantA))
                        .param("paidOn", "2019-02-05").param("amount", "1300").param("method", "TRANSFER").param("note", "Trop"))
                .andExpect(content().string(containsString("Au plus 1\u202f261,60 €")));
        mvc.perform(post("/payments/" + advance + "/correction").with(csrf()).with(user(accountantA))
                        .param("paidOn", "2019-02-05").param("amount", "61,60").param("method", "TRANSFER")
                        .param("note", "Avance calculée sur un mauvais nombre de jours"))
                .andExpect(redirectedUrl("/payments/mobilities/" + mobilityA));
        assertThat(paid(mobilityA).value()).isEqualByComparingTo("1200.00");
        assertThat(jdbc.sql("select amount from payment where corrects_payment_id = :p").param("p", advance)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("-61.60");
    }

    @Test
    void paymentsAreNeverChangedNorDeleted() {
        long advance = data.payment(mobilityA, "ADVANCE", "1261.60", LocalDate.of(2019, 2, 1));
        assertThatThrownBy(() -> jdbc.sql("update payment set amount = 1 where id = :id").param("id", advance).update())
                .hasMessageContaining("never changed or deleted");
    }

    @Test
    void theLedgerIsScopedFilteredAndSearched() throws Exception {
        data.payment(mobilityA, "ADVANCE", "1261.60", LocalDate.of(2019, 2, 1));
        data.payment(mobilityB, "ADVANCE", "1064.00", LocalDate.of(2019, 2, 2));
        mvc.perform(get("/payments").with(user(accountantA)))
                .andExpect(content().string(containsString("Martin" + run)))
                .andExpect(content().string(not(containsString("Bernard" + run))));
        mvc.perform(get("/payments").param("q", "bernard" + run.toLowerCase()).with(user(consortiumAccountant)))
                .andExpect(content().string(containsString("Bernard" + run)))
                .andExpect(content().string(not(containsString("Martin" + run))));
        mvc.perform(get("/payments").param("kind", "BALANCE").param("schoolId", String.valueOf(schoolA))
                        .with(user(consortiumAccountant)))
                .andExpect(content().string(containsString("Aucun versement")));
        mvc.perform(get("/payments/mobilities/" + mobilityB).with(user(accountantA))).andExpect(status().isNotFound());
        mvc.perform(post("/payments").with(csrf()).with(user(accountantA))
                        .param("mobilityId", String.valueOf(mobilityB)).param("kind", "ADVANCE").param("paidOn", "2019-02-01")
                        .param("amount", "10").param("method", "TRANSFER"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/payments").with(user(referentA))).andExpect(status().isForbidden());
        mvc.perform(get("/payments").param("lang", "en").with(user(consortiumAccountant)))
                .andExpect(content().string(containsString("Payments to participants")));
    }

    private String reference(long mobility) {
        return jdbc.sql("select reference from mobility where id = :m").param("m", mobility).query(String.class).single();
    }

    private static String choice(long mobility) {
        return "href=\"/payments/new?mobility=" + mobility + "\"";
    }

    @Test
    void theFormSearchesMobilitiesByReferenceAndByNameWithOrWithoutAccents() throws Exception {
        long project = jdbc.sql("select project_id from mobility where id = :m").param("m", mobilityA).query(Long.class).single();
        long accented = mobility(project, schoolA, "Müller-Éloïse" + run);
        // nothing is listed before a search: the page never holds every mobility
        mvc.perform(get("/payments/new").with(user(accountantA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mobility-search\"")))
                .andExpect(content().string(not(containsString("data-mobility-choice"))))
                .andExpect(content().string(not(containsString("<select class=\"form-select\" id=\"mobility\""))));
        String reference = reference(mobilityA);
        mvc.perform(get("/payments/new").param("q", reference.substring(0, 10).toLowerCase()).with(user(accountantA)))
                .andExpect(content().string(containsString(choice(mobilityA))))
                .andExpect(content().string(containsString(reference)));
        for (String typed : new String[] {"Müller-Éloïse" + run, "muller-eloise" + run, "MULLER-ELOISE" + run,
                "léa müller", "lea muller"}) {
            mvc.perform(get("/payments/new").param("q", typed).with(user(accountantA)))
                    .andExpect(content().string(containsString(choice(accented))))
                    .andExpect(content().string(not(containsString(choice(mobilityA)))));
        }
        // the type-ahead (htmx) answers only the matches, in the user's language
        mvc.perform(get("/payments/new").param("q", "eloise" + run).header("HX-Request", "true").with(user(accountantA)))
                .andExpect(content().string(containsString(choice(accented))))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("id=\"mobility-search\""))));
        // choosing one leads to the form for that mobility, still highlighted among the matches
        mvc.perform(get("/payments/new").param("mobility", String.valueOf(accented)).with(user(accountantA)))
                .andExpect(content().string(containsString("id=\"payment-form\"")));
    }

    @Test
    void theSearchNeverFindsAnotherSchoolsMobility() throws Exception {
        // both participants carry the run in their names: the school's accountant finds only their school's
        mvc.perform(get("/payments/new").param("q", run).with(user(accountantA)))
                .andExpect(content().string(containsString(choice(mobilityA))))
                .andExpect(content().string(not(containsString(choice(mobilityB)))))
                .andExpect(content().string(not(containsString("Bernard" + run))));
        mvc.perform(get("/payments/new").param("q", reference(mobilityB)).header("HX-Request", "true").with(user(accountantA)))
                .andExpect(content().string(not(containsString(choice(mobilityB)))))
                .andExpect(content().string(containsString("Aucune mobilité ne correspond")));
        mvc.perform(get("/payments/new").param("q", run).with(user(consortiumAccountant)))
                .andExpect(content().string(containsString(choice(mobilityA))))
                .andExpect(content().string(containsString(choice(mobilityB))));
        mvc.perform(get("/payments/new").param("q", run).with(user(referentA))).andExpect(status().isForbidden());
    }

    @Test
    void theSearchShowsAtMostTwentyMatchesAndSaysWhenThereAreMore() throws Exception {
        long project = jdbc.sql("select project_id from mobility where id = :m").param("m", mobilityA).query(Long.class).single();
        for (int i = 0; i < 24; i++) {
            mobility(project, schoolA, "Lot" + run + "x" + i);
        }
        String page = mvc.perform(get("/payments/new").param("q", "lot" + run).with(user(accountantA)))
                .andExpect(content().string(containsString("Seules les 20 premières mobilités sont affichées")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("data-mobility-choice", -1).length - 1).isEqualTo(20);
        page = mvc.perform(get("/payments/new").param("q", "lot" + run + "x1").with(user(accountantA)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("data-mobility-choice", -1).length - 1).isEqualTo(11); // x1, x10 … x19
        assertThat(page).doesNotContain("id=\"more-mobilities\"");
    }

    @Test
    void noMatchIsSaidInTheUsersLanguage() throws Exception {
        mvc.perform(get("/payments/new").param("q", "zz" + run).with(user(accountantA)))
                .andExpect(content().string(containsString("Aucune mobilité ne correspond à « zz" + run + " »")));
        mvc.perform(get("/payments/new").param("q", "zz" + run).param("lang", "en").with(user(accountantA)))
                .andExpect(content().string(containsString("No mobility matches “zz" + run + "”")))
                .andExpect(content().string(containsString("Reference or participant")));
    }
}

package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The payment form posted twice (a double click) records once and shows the payment; implausible dates refused. */
@PortalTest
class PaymentDoubleSubmitTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    long mobility;
    CurrentUser accountant;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        long school = data.school("LP Double " + run);
        long project = data.project("Double " + run, school);
        long student = data.student(school, "Double" + run, "Léa", LocalDate.of(2001, 5, 3));
        mobility = data.mobility(project, student, null, school, data.host("Host double " + run, school),
                LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        data.mobilityStatus(mobility, "CONFIRMED", false);
        data.storedGrant(mobility, "275", "952", "350");
        accountant = data.principal(data.user("Gestion double", Role.ACCOUNTANT, school));
    }

    private String keyOf(String page) {
        Matcher matcher = KEY.matcher(page);
        assertThat(matcher.find()).as("the form carries its key").isTrue();
        return matcher.group(1);
    }

    private MockHttpServletRequestBuilder payment(String key, String paidOn) {
        return post("/payments").with(csrf()).with(user(accountant)).param("mobilityId", String.valueOf(mobility))
                .param("kind", "ADVANCE").param("paidOn", paidOn).param("amount", "1261,60").param("method", "TRANSFER")
                .param("reference", "VIR-1").param("idempotencyKey", key);
    }

    private long payments() {
        return jdbc.sql("select count(*) from payment where mobility_id = :m").param("m", mobility).query(Long.class).single();
    }

    @Test
    void theSecondSubmissionShowsThePaymentTheFirstRecorded() throws Exception {
        String key = keyOf(mvc.perform(get("/payments/new").param("mobility", String.valueOf(mobility)).with(user(accountant)))
                .andReturn().getResponse().getContentAsString());

        mvc.perform(payment(key, "2019-02-01")).andExpect(redirectedUrl("/payments/mobilities/" + mobility))
                .andExpect(flash().attribute("success", "budget.payment.recorded"));
        long id = jdbc.sql("select id from payment where mobility_id = :m").param("m", mobility).query(Long.class).single();
        MvcResult second = mvc.perform(payment(key, "2019-02-01"))
                .andExpect(redirectedUrl("/payments/mobilities/" + mobility))
                .andExpect(flash().attribute("warning", "budget.payment.alreadyRecorded"))
                .andExpect(flash().attribute("warningArgs", id)).andExpect(flash().attribute("highlight", id)).andReturn();

        assertThat(payments()).isEqualTo(1);
        // the page the second answer leads to names that payment and highlights it
        mvc.perform(get("/payments/mobilities/" + mobility).with(user(accountant))
                        .cookie(second.getResponse().getCookie("CAPMOB_SESSION")))
                .andExpect(content().string(containsString("Ce formulaire avait déjà enregistré le versement n° " + id)))
                .andExpect(content().string(containsString("id=\"payment-" + id + "\" class=\"table-warning\"")));
        // a new form gets a new key: a second advance is a new payment (here over what is owed: confirmation asked)
        String other = keyOf(mvc.perform(get("/payments/new").param("mobility", String.valueOf(mobility)).with(user(accountant)))
                .andReturn().getResponse().getContentAsString());
        assertThat(other).isNotEqualTo(key);
        mvc.perform(payment(other, "2019-02-02")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"over-owed\"")))
                .andExpect(content().string(containsString("value=\"" + other + "\"")));
        assertThat(payments()).isEqualTo(1);
    }

    @Test
    void implausibleDatesAreRefusedBesideTheField() throws Exception {
        String key = keyOf(mvc.perform(get("/payments/new").param("mobility", String.valueOf(mobility)).with(user(accountant)))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(payment(key, "1899-12-31").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("the year must be between 1900 and 2100")));
        mvc.perform(payment(key, LocalDate.now().plusDays(2).toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("La date ne peut pas être postérieure au")));
        assertThat(payments()).isZero();
    }

    @Test
    void aCorrectionDatedInTheYear10000IsRefusedAndTheDatabaseRefusesItToo() throws Exception {
        long paid = data.payment(mobility, "ADVANCE", "1261.60", LocalDate.of(2019, 2, 1));
        mvc.perform(post("/payments/" + paid + "/correction").with(csrf()).with(user(accountant))
                        .param("paidOn", "+10000-01-01").param("amount", "10").param("method", "TRANSFER")
                        .param("note", "erreur de saisie"))
                .andExpect(status().isOk());
        mvc.perform(post("/payments/" + paid + "/correction").with(csrf()).with(user(accountant))
                        .param("paidOn", "1850-01-01").param("amount", "10").param("method", "TRANSFER")
                        .param("note", "erreur de saisie"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("l’année doit être comprise")));
        assertThat(payments()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into payment (mobility_id, kind, paid_on, amount, method, created_by)
                        values (:m, 'ADVANCE', date '0001-01-01', 10, 'TRANSFER', 'test')""")
                .param("m", mobility).update()).hasMessageContaining("payment_paid_on_plausible");
    }
}

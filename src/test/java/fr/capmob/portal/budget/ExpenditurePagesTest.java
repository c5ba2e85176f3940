package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Real expenditure: create with a decimal comma, duplicate invoices, references, concurrent edits, school scope. */
@PortalTest
class ExpenditurePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    long schoolA;
    long schoolB;
    long project;
    long trip;
    String mobilityReference;
    CurrentUser accountantA;
    CurrentUser accountantB;
    CurrentUser consortiumAccountant;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Dépenses A " + run);
        schoolB = data.school("LP Dépenses B " + run);
        project = data.project("Dépenses " + run, schoolA, schoolB);
        long host = data.host("Host " + run, schoolA);
        trip = data.trip(project, schoolA, host);
        long mobility = data.mobility(project, data.student(schoolA, "Dep" + run, "Léa", LocalDate.of(2001, 1, 1)), null,
                schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        mobilityReference = jdbc.sql("select reference from mobility where id = :id").param("id", mobility)
                .query(String.class).single();
        accountantA = data.principal(data.user("Gestion A", Role.ACCOUNTANT, schoolA));
        accountantB = data.principal(data.user("Gestion B", Role.ACCOUNTANT, schoolB));
        consortiumAccountant = data.principal(data.user("Comptable GIP", Role.ACCOUNTANT, null));
    }

    private MockHttpServletRequestBuilder create(CurrentUser user, String invoice) {
        return create(user, invoice, true);
    }

    private MockHttpServletRequestBuilder create(CurrentUser user, String invoice, boolean withTrip) {
        MockHttpServletRequestBuilder request = post("/expenditure").with(csrf()).with(user(user))
                .param("projectId", String.valueOf(project)).param("schoolId", String.valueOf(schoolB))
                .param("category", "TRAVEL_BOOKING").param("supplier", "SNCF " + run).param("invoiceNumber", invoice)
                .param("amount", "1 845,20").param("spentOn", "2019-01-15");
        return withTrip ? request.param("tripId", String.valueOf(trip)) : request;
    }

    private long count() {
        return jdbc.sql("select count(*) from expenditure where supplier = :s").param("s", "SNCF " + run).query(Long.class).single();
    }

    @Test
    void aSchoolAccountantRecordsForTheirSchoolAndADuplicateInvoiceIsRefused() throws Exception {
        // the school id sent (B) is replaced by the accountant's own school (A)
        mvc.perform(create(accountantA, "F-2019-001")).andExpect(redirectedUrl("/expenditure"));
        assertThat(jdbc.sql("select school_id from expenditure where supplier = :s").param("s", "SNCF " + run)
                .query(Long.class).single()).isEqualTo(schoolA);
        assertThat(jdbc.sql("select amount from expenditure where supplier = :s").param("s", "SNCF " + run)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1845.20");
        mvc.perform(create(accountantA, "F-2019-001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette facture (même fournisseur, même numéro) est déjà saisie")));
        mvc.perform(create(accountantA, "F-2019-001").param("lang", "en"))
                .andExpect(content().string(containsString("This invoice (same supplier, same number) is already recorded")));
        assertThat(count()).isEqualTo(1);
        mvc.perform(get("/expenditure").with(user(accountantA))).andExpect(content().string(containsString("F-2019-001")));
        mvc.perform(get("/expenditure").with(user(accountantB))).andExpect(content().string(not(containsString("F-2019-001"))));
    }

    @Test
    void referencesMustBelongToTheSchoolAndProject() throws Exception {
        mvc.perform(create(accountantA, "F-1", false).param("mobilityReference", "999999-MOB-99999"))
                .andExpect(content().string(containsString("Aucune mobilité de cette référence")));
        mvc.perform(create(accountantA, "F-2").param("mobilityReference", mobilityReference))
                .andExpect(content().string(containsString("Une mobilité ou un voyage, pas les deux")));
        mvc.perform(create(accountantB, "F-3"))
                .andExpect(content().string(containsString("pas un voyage de cet établissement")));
        mvc.perform(create(accountantA, "F-4").param("amount", "0"))
                .andExpect(content().string(containsString("Montant invalide")));
        assertThat(count()).isZero();
        mvc.perform(create(accountantA, "F-5", false).param("mobilityReference", mobilityReference.toLowerCase()))
                .andExpect(redirectedUrl("/expenditure"));
    }

    @Test
    void aStaleEditIsAConflictAndAnotherSchoolGets404() throws Exception {
        long id = data.expenditure(project, schoolA, "120.00");
        mvc.perform(get("/expenditure/" + id + "/edit").with(user(accountantA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"120,00\"")));
        mvc.perform(get("/expenditure/" + id + "/edit").with(user(accountantB))).andExpect(status().isNotFound());
        MockHttpServletRequestBuilder edit = post("/expenditure/" + id).with(csrf())
                .param("projectId", String.valueOf(project)).param("schoolId", String.valueOf(schoolA))
                .param("category", "INSURANCE").param("supplier", "MAIF").param("invoiceNumber", "F-" + run)
                .param("amount", "130,50").param("spentOn", "2019-03-01");
        mvc.perform(edit.param("version", "0").with(user(consortiumAccountant))).andExpect(redirectedUrl("/expenditure"));
        mvc.perform(post("/expenditure/" + id).with(csrf()).with(user(accountantA))
                        .param("projectId", String.valueOf(project)).param("category", "INSURANCE").param("supplier", "MAIF")
                        .param("invoiceNumber", "F-" + run).param("amount", "999").param("spentOn", "2019-03-01")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"conflict\"")));
        assertThat(jdbc.sql("select amount from expenditure where id = :id").param("id", id).query(BigDecimal.class).single())
                .isEqualByComparingTo("130.50");
        mvc.perform(post("/expenditure/" + id).with(csrf()).with(user(accountantB))
                        .param("projectId", String.valueOf(project)).param("category", "INSURANCE").param("supplier", "MAIF")
                        .param("invoiceNumber", "X").param("amount", "1").param("spentOn", "2019-03-01").param("version", "1"))
                .andExpect(status().isNotFound());
    }
}

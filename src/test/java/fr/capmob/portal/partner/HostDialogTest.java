package fr.capmob.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The new-host dialog of the mobility form: create a host without leaving the form, with the directory's rules. */
@PortalTest
class HostDialogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    CurrentUser referent;
    int vienna;

    @BeforeEach
    void setUp() {
        referent = data.principal(data.user("Referent Dialog", Role.SCHOOL_REFERENT, data.school("LP Dialog " + TestData.unique())));
        vienna = data.cityId("Vienna", "AT");
    }

    @Test
    void theMobilityFormOffersTheDialogAndTheDialogItsShortForm() throws Exception {
        mvc.perform(get("/mobilities/new").with(user(referent)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"host-dialog\"")))
                .andExpect(content().string(containsString("hx-get=\"/hosts/dialog\"")));
        mvc.perform(get("/hosts/dialog").with(user(referent)).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"host-dialog-form\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aValidHostIsCreatedAndNamedForThePicker() throws Exception {
        String name = "Wiener Küche " + TestData.unique();
        String body = mvc.perform(post("/hosts/dialog").with(csrf()).with(user(referent)).locale(Locale.FRENCH)
                        .param("legalName", name).param("type", "COMPANY").param("cityId", String.valueOf(vienna)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Long id = jdbc.sql("select id from host_organisation where legal_name = :n").param("n", name).query(Long.class).single();
        assertThat(body).contains("data-host-created", "data-host-id=\"" + id + "\"", name + " — Vienna");
    }

    @Test
    void everyMissingFieldIsReportedAtOnceAndNothingIsCreated() throws Exception {
        String body = mvc.perform(post("/hosts/dialog").with(csrf()).with(user(referent)).locale(Locale.FRENCH)
                        .param("legalName", "").param("oid", "12"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("data-host-created");
        assertThat(body.split("invalid-feedback", -1).length - 1).as("legal name, type, city and OID each flagged").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aLikelyDuplicateOffersTheExistingHost() throws Exception {
        String name = "Hotel Sacher " + TestData.unique();
        mvc.perform(post("/hosts/dialog").with(csrf()).with(user(referent))
                .param("legalName", name).param("type", "COMPANY").param("cityId", String.valueOf(vienna))).andExpect(status().isOk());
        String body = mvc.perform(post("/hosts/dialog").with(csrf()).with(user(referent)).locale(Locale.FRENCH)
                        .param("legalName", name).param("type", "COMPANY").param("cityId", String.valueOf(vienna)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("data-host-choose").doesNotContain("data-host-created");
        assertThat(jdbc.sql("select count(*) from host_organisation where legal_name = :n").param("n", name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void accountantsMayNotCreateHosts() throws Exception {
        CurrentUser accountant = data.principal(data.user("Accountant Dialog", Role.ACCOUNTANT, null));
        mvc.perform(get("/hosts/dialog").with(user(accountant))).andExpect(status().isForbidden());
        mvc.perform(post("/hosts/dialog").with(csrf()).with(user(accountant)).param("legalName", "X")).andExpect(status().isForbidden());
    }
}

package fr.capmob.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The host-organisation directory's pages and rules, on PostgreSQL. */
@PortalTest
class HostPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long schoolA;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser coordinator;
    CurrentUser accountant;
    int berlin;
    int munich;

    @BeforeEach
    void setUp() {
        schoolA = data.school("LP Hosts A " + TestData.unique());
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Referent B", Role.SCHOOL_REFERENT, data.school("LP Hosts B " + TestData.unique())));
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));
        berlin = data.cityId("Berlin", "DE");
        munich = data.cityId("Munich", "DE");
    }

    private MockHttpServletRequestBuilder newHost(String legalName, int cityId) {
        return post("/hosts").with(csrf()).param("legalName", legalName).param("type", "COMPANY")
                .param("cityId", String.valueOf(cityId)).param("sectors", "HOSPITALITY_CATERING")
                .param("contactName", "Anna Schmidt").param("oid", "").param("website", "");
    }

    private long count(String normalisedName) {
        return jdbc.sql("select count(*) from host_organisation where normalised_name = ?").param(normalisedName)
                .query(Long.class).single();
    }

    @Test
    void aReferentAddsAnOrganisationThatRemembersTheSchoolAndTheCountryOfItsCity() throws Exception {
        String name = "Hotel Spreeblick " + TestData.unique();
        mvc.perform(newHost(name + " GmbH", berlin).with(user(referentA)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/hosts/*"))
                .andExpect(flash().attribute("success", "host.created"));
        var row = jdbc.sql("select country, created_by_school_id, legal_name from host_organisation where normalised_name = ?")
                .param(OrganisationNames.normalise(name)).query().singleRow();
        assertThat(row).containsEntry("country", "DE").containsEntry("created_by_school_id", schoolA)
                .containsEntry("legal_name", name + " GmbH");
    }

    @Test
    void theSameNameInTheSameCityUnderAnotherSpellingShowsTheExistingOneAndWritesNothing() throws Exception {
        String base = "Hotel Spreeblick " + TestData.unique();
        long existing = data.host(base + " GmbH", schoolA);
        String otherSpelling = base.toUpperCase().replace("HOTEL", "HÔTEL") + ", G.m.b.H.";
        mvc.perform(newHost(otherSpelling, berlin).with(user(referentB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicates\"")))
                .andExpect(content().string(containsString("/hosts/" + existing)));
        assertThat(count(OrganisationNames.normalise(base))).isEqualTo(1);

        // in another city it is another organisation
        mvc.perform(newHost(otherSpelling, munich).with(user(referentB))).andExpect(status().is3xxRedirection());
        // and once confirmed, a second one in the same city is allowed
        mvc.perform(newHost(otherSpelling, berlin).param("duplicateConfirmed", "true").with(user(referentB)))
                .andExpect(status().is3xxRedirection());
        assertThat(count(OrganisationNames.normalise(base))).isEqualTo(3);
    }

    @Test
    void badInputGetsMessagesNextToTheFieldsInTheUsersLanguageAndChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from host_organisation").query(Long.class).single();
        mvc.perform(post("/hosts").with(csrf()).with(user(referentA)).param("legalName", " ").param("oid", "12345")
                        .param("contactEmail", "not-an-email").param("website", "nope"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez la raison sociale.")))
                .andExpect(content().string(containsString("Choisissez le type d’organisme.")))
                .andExpect(content().string(containsString("Choisissez la ville dans la liste proposée.")))
                .andExpect(content().string(containsString("L’OID est la lettre E suivie de 8 chiffres")))
                .andExpect(content().string(containsString("Adresse électronique invalide.")));
        mvc.perform(post("/hosts").param("lang", "en").with(csrf()).with(user(referentA)).param("legalName", "X")
                        .param("type", "COMPANY").param("cityId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This city is not in the city directory")));
        assertThat(jdbc.sql("select count(*) from host_organisation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyTheCreatingSchoolsReferentsAndTheCoordinatorsEdit() throws Exception {
        long host = data.host("Atelier Plume " + TestData.unique(), schoolA);
        mvc.perform(get("/hosts/" + host + "/edit").with(user(referentA))).andExpect(status().isOk());
        mvc.perform(get("/hosts/" + host + "/edit").with(user(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/hosts/" + host + "/edit").with(user(referentB))).andExpect(status().isForbidden());
        mvc.perform(get("/hosts/" + host).with(user(referentB)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"edit-host\""))));
        mvc.perform(get("/hosts/" + host).with(user(accountant))).andExpect(status().isOk());
        mvc.perform(get("/hosts/new").with(user(accountant))).andExpect(status().isForbidden());
    }

    @Test
    void aStaleSaveIsRefusedWithWhoChangedItAndKeepsTheInput() throws Exception {
        String name = "Pastificio Rossi " + TestData.unique();
        long host = data.host(name, schoolA);
        jdbc.sql("update host_organisation set version = version + 1, updated_by = 'someone.else@capmob.example', contact_name = 'Giulia' where id = ?")
                .param(host).update();
        mvc.perform(post("/hosts/" + host).with(csrf()).with(user(referentA)).param("version", "0")
                        .param("legalName", name).param("type", "COMPANY").param("cityId", String.valueOf(berlin))
                        .param("contactName", "Marco"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("someone.else@capmob.example")))
                .andExpect(content().string(containsString("value=\"Marco\"")))
                .andExpect(content().string(containsString("Giulia")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("select contact_name from host_organisation where id = ?").param(host).query(String.class).single())
                .isEqualTo("Giulia");
    }

    @Test
    void anIntermediaryWithPlacedOrganisationsCannotBeDeleted() throws Exception {
        long agency = data.host("Placement Agency " + TestData.unique(), null);
        jdbc.sql("update host_organisation set intermediary = true where id = ?").param(agency).update();
        long placed = data.host("Hotel Placed " + TestData.unique(), schoolA);
        jdbc.sql("update host_organisation set intermediary_id = ? where id = ?").params(agency, placed).update();
        mvc.perform(post("/hosts/" + agency + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("dependants"));
        mvc.perform(post("/hosts/" + placed + "/delete").with(csrf()).with(user(coordinator)))
                .andExpect(flash().attribute("success", "host.deleted"));
        assertThat(jdbc.sql("select count(*) from host_organisation where id in (?, ?)").params(agency, placed)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theListFiltersInSqlAndHtmxGetsOnlyTheResults() throws Exception {
        String run = TestData.unique();
        data.host("Filtered Hotel " + run, schoolA);
        mvc.perform(get("/hosts").param("name", "filtered hôtel " + run).param("country", "DE").with(user(accountant)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Filtered Hotel " + run)));
        mvc.perform(get("/hosts").param("name", "filtered hotel " + run).param("country", "IT").with(user(accountant)))
                .andExpect(content().string(containsString("Aucun organisme ne correspond")));
        mvc.perform(get("/hosts").param("name", run).header("HX-Request", "true").with(user(accountant)))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Filtered Hotel " + run)));
    }

    @Test
    void theReceivingOrganisationsPicIsNineDigitsAndShownWithItsOid() throws Exception {
        mvc.perform(newHost("Pic Hotel " + TestData.unique(), berlin).param("pic", "94999")
                        .with(user(referentA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Le PIC compte 9 chiffres")));
        String name = "Pic Hotel " + TestData.unique();
        mvc.perform(post("/hosts").with(csrf()).param("legalName", name).param("type", "COMPANY")
                        .param("cityId", String.valueOf(berlin)).param("contactName", "Anna Schmidt")
                        .param("oid", "E10012346").param("pic", "949999999").with(user(referentA)))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, oid, pic from host_organisation where legal_name = ?").param(name).query().singleRow();
        assertThat(row).containsEntry("oid", "E10012346").containsEntry("pic", "949999999");
        mvc.perform(get("/hosts/" + row.get("id")).with(user(referentA)))
                .andExpect(content().string(containsString("949999999")));
    }
}

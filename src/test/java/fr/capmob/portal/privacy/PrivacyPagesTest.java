package fr.capmob.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The processing register (every signed-in user), the public notice and the footer's links, in French and English. */
@PortalTest
class PrivacyPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return new String(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void anAccountantReadsTheRegisterWithTheRetentionPeriodsFromTheRulesAndTheirSources() throws Exception {
        CurrentUser accountant = data.principal(data.user("Compta", Role.ACCOUNTANT, null));
        String fr = page(get("/privacy").with(user(accountant)));
        assertThat(fr).contains("Registre des traitements", "Mission d’intérêt public",
                "Jusqu’à 5 ans après le rapport final du projet (3 ans pour une subvention jusqu’à 60 000 €)",
                "2018/1046, art. 132(1)", "id=\"footer-privacy-register\"")
                // the request register and the retention page are the coordinators'
                .doesNotContain("href=\"/privacy/requests\"");
        String en = page(get("/privacy").param("lang", "en").with(user(accountant)));
        assertThat(en).contains("Processing register", "Up to 5 years after the project’s final report", "Legal basis");
    }

    @Test
    void theNoticeIsPublicAndTheFooterLinksItEverywhere() throws Exception {
        assertThat(page(get("/privacy-notice"))).contains("Notice d’information sur les données personnelles",
                "5 ans après le rapport final du projet (3 ans");
        assertThat(page(get("/privacy-notice").param("lang", "en"))).contains("Privacy notice", "You may complain to the CNIL");
        assertThat(page(get("/login"))).contains("id=\"footer-privacy-notice\"").doesNotContain("footer-privacy-register");
    }

    @Test
    void theRequestsPageAnswersAPageBeyondTheLastAndTheRetentionPageSpeaksEnglish() throws Exception {
        CurrentUser coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        assertThat(page(get("/privacy/requests").param("action", "ERASURE").param("page", "999").with(user(coordinator))))
                .contains("Demandes relatives aux données personnelles");
        assertThat(page(get("/privacy/retention").param("lang", "en").with(user(coordinator))))
                .contains("Retention of personal data", "3 years", "total grant up to EUR 60");
    }
}

package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The RGAA accessibility statement: public, in both languages, with its status, gaps and contact; linked from the footer. */
@PortalTest
class AccessibilityStatementTest {

    @Autowired MockMvc mvc;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return new String(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void anyoneReadsTheStatementWithItsConformanceLevelGapsAndContact() throws Exception {
        assertThat(page(get("/accessibility"))).contains("Déclaration d’accessibilité", "partiellement conforme",
                "RGAA 4.1", "id=\"a11y-gaps\"", "PDF/UA", "href=\"mailto:coordination@capmob.example\"", "Défenseur des droits");
        assertThat(page(get("/accessibility").param("lang", "en"))).contains("Accessibility statement",
                "partially compliant", "Non-accessible content");
    }

    @Test
    void everyPageLinksToTheStatementFromItsFooter() throws Exception {
        assertThat(page(get("/login"))).contains("id=\"footer-accessibility\" href=\"/accessibility\"",
                "Accessibilité : partiellement conforme");
    }
}

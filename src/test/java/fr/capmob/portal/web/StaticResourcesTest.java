package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Static files: fingerprinted URLs in the pages, a one-year cache, and nothing served outside the four folders. */
@PortalTest
class StaticResourcesTest {

    private static final Pattern PORTAL_CSS = Pattern.compile("/css/portal-[0-9a-f]{32}\\.css");
    private static final Pattern BOOTSTRAP_CSS = Pattern.compile("/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void pagesLinkOurFilesByContentHashAndWebJarsByVersion() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(PORTAL_CSS.matcher(page).find()).as("portal.css fingerprinted in %s", page).isTrue();
        assertThat(BOOTSTRAP_CSS.matcher(page).find()).as("bootstrap versioned").isTrue();
        assertThat(page).contains("action=\"/login\"");
    }

    @Test
    void fingerprintedFilesAreCachedForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        for (Pattern file : new Pattern[] {PORTAL_CSS, BOOTSTRAP_CSS}) {
            Matcher link = file.matcher(page);
            assertThat(link.find()).isTrue();
            mvc.perform(get(link.group()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
    }

    @Test
    void theUnversionedUrlsStillAnswer() throws Exception {
        mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void nothingIsServedFromTheClassPathOutsideTheStaticFolders() throws Exception {
        String email = data.user("Static Coordinator", Role.COORDINATOR, null);
        for (String path : new String[] {"/application.yml", "/templates/layout.html", "/static/css/portal.css"}) {
            mvc.perform(get(path).with(user(data.principal(email)))).andExpect(status().isNotFound());
        }
    }
}

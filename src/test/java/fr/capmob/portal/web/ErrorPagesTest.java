package fr.capmob.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The error pages: friendly, in the user's language, and never a stack trace or an exception name. */
@PortalTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "403 | fr | Accès refusé",
            "403 | en | Access denied",
            "404 | fr | Page introuvable",
            "404 | en | Page not found",
            "409 | fr | Modification concurrente",
            "409 | en | Concurrent change",
            "500 | fr | Erreur inattendue",
            "500 | en | Unexpected error",
            "400 | fr | Requête impossible",
            "400 | en | Request not possible"})
    void everyErrorHasAFriendlyPageInBothLanguages(int code, String lang, String title) throws Exception {
        var signedIn = data.principal(data.user("Error Viewer", Role.COORDINATOR, null));
        mvc.perform(get("/error").param("lang", lang).with(user(signedIn)).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().is(code))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("secret detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at fr.capmob"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/schools/999999999", "/projects/999999999", "/pairings/999999999", "/users/999999999",
            "/hosts/999999999", "/students/999999999", "/staff/999999999", "/nowhere"})
    void aMissingRecordOrPageAnswersTheFriendly404(String path) throws Exception {
        var coordinator = data.principal(data.user("Error Viewer", Role.COORDINATOR, null));
        mvc.perform(get(path).with(user(coordinator)))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/schools/not-a-number", "/projects/abc"})
    void aMalformedIdIsABadRequestNotAServerError(String path) throws Exception {
        var coordinator = data.principal(data.user("Error Viewer", Role.COORDINATOR, null));
        mvc.perform(get(path).with(user(coordinator)))
                .andExpect(status().isBadRequest());
    }
}

package fr.capmob.portal.privacy;

import static fr.capmob.portal.privacy.PrivacyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The access and portability exports (GDPR arts. 15, 20) read back: PDF text with PDFBox, JSON with Jackson. */
@PortalTest
class PrivacyExportTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    PrivacyFixture f;

    @BeforeEach
    void setUp() {
        f = new PrivacyFixture(data, jdbc);
    }

    MockHttpServletResponse download(String url, CurrentUser who, String contentType) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith(contentType);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        return response;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }

    @Test
    void pdfExportPrintsEverythingHeldAboutTheStudentInFrenchAndIsRecorded() throws Exception {
        byte[] pdf = download("/privacy/students/" + f.travelled + "/export.pdf", f.coordinator, "application/pdf")
                .getContentAsByteArray();
        String text = text(pdf);
        String reference = jdbc.queryForObject("select reference from mobility where id = ?", String.class, f.completedMobility);
        assertThat(text).contains("Données personnelles détenues par le portail CAPMOB", LAST, FIRST, "19/05/2003", EMAIL,
                "06 12 34 56 78", "Famille monoparentale, bourse échelon 6", "Marie Dvořák", "Mobilité " + reference,
                "Gasthof Müller " + f.run, "Berlin (DE)", OUTCOMES, "Jürgen Weiß", "1 234,56 €", REPORT_TEXT, "5 / 5",
                "04/03/2019 – 22/03/2019");
        assertThat(jdbc.queryForObject("""
                select count(*) from privacy_request where action = 'EXPORT_PDF' and subject_kind = 'STUDENT'
                and subject_id = ? and requested_by = ?""", Long.class, f.travelled, f.coordinator.email())).isEqualTo(1);
    }

    @Test
    void pdfExportSpeaksEnglish() throws Exception {
        byte[] pdf = mvc.perform(get("/privacy/staff/" + f.staff + "/export.pdf").param("lang", "en").with(user(f.coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Personal data held by the CAPMOB portal", "Staff member", "Nguyễn", "Thảo",
                "thao.nguyen@example.fr", "TEACHER");
    }

    @Test
    void jsonExportIsMachineReadableWithTheRecordMobilitiesReportAndRequests() throws Exception {
        // an earlier export is itself listed in the next one
        download("/privacy/students/" + f.travelled + "/export.pdf", f.coordinator, "application/pdf");
        byte[] bytes = download("/privacy/students/" + f.travelled + "/export.json", f.coordinator, "application/json")
                .getContentAsByteArray();
        JsonNode json = JsonMapper.builder().build().readTree(bytes);
        assertThat(json.get("subject").asString()).isEqualTo("STUDENT");
        assertThat(json.get("student").get("lastName").asString()).isEqualTo(LAST);
        assertThat(json.get("student").get("birthDate").asString()).isEqualTo("2003-05-19");
        assertThat(json.get("student").get("email").asString()).isEqualTo(EMAIL);
        assertThat(json.get("mobilities")).hasSize(1);
        JsonNode mobility = json.get("mobilities").get(0);
        assertThat(mobility.get("learningOutcomes").asString()).isEqualTo(OUTCOMES);
        assertThat(mobility.get("grantTotal").decimalValue()).isEqualByComparingTo("1234.56");
        assertThat(mobility.get("report").get("learned").asString()).isEqualTo(REPORT_TEXT);
        assertThat(json.get("requests")).hasSize(1);
        assertThat(json.get("requests").get(0).get("action").asString()).isEqualTo("EXPORT_PDF");
        assertThat(json.get("pseudonym").isNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from privacy_request where subject_id = ? and subject_kind = 'STUDENT'",
                Long.class, f.travelled)).isEqualTo(2);
    }

    @Test
    void userExportListsTheAccountAndItsLinksButNeverThePasswordOrToken() throws Exception {
        long userId = f.referent.id();
        jdbc.update("insert into password_token (user_id, token_hash, expires_at, created_by) values (?, 'abc123hash', now() + interval '1 day', 'x@y.fr')", userId);
        String json = download("/privacy/users/" + userId + "/export.json", f.coordinator, "application/json").getContentAsString();
        assertThat(json).contains(f.referent.email(), "SCHOOL_REFERENT", "\"links\"", "x@y.fr")
                .doesNotContain("abc123hash").doesNotContain("{bcrypt}").doesNotContain("password_hash");
    }

    @Test
    void onlyCoordinatorsExport() throws Exception {
        mvc.perform(get("/privacy/students/" + f.travelled + "/export.json").with(user(f.referent))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from privacy_request where subject_id = ? and subject_kind = 'STUDENT'",
                Long.class, f.travelled)).isZero();
    }
}

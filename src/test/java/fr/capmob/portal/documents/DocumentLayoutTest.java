package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents' page layout with texts as long as a real learning agreement's (≈ 700 characters, as in the demo):
 * the record of skills on one page (no near-empty second page), the payment schedule never split from its heading,
 * the learning agreement naming the sending school's referent teacher.
 */
@PortalTest
class DocumentLayoutTest {

    static final String LINE = "– Mise en place du poste (épluchage, taillage, portionnage) sous la responsabilité du chef.\n";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long mobility;
    CurrentUser referent;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        long school = data.school("Lycée d’hôtellerie et de tourisme " + run);
        long project = data.project("CAPMOB 2.0 " + run, school, data.school("LP Brassaï " + run));
        long host = data.host("Københavns Bageri ApS " + run, school);
        long student = data.student(school, "Lefèvre", "Louise", LocalDate.of(2001, 12, 17));
        mobility = data.mobility(project, student, null, school, host, LocalDate.of(2018, 12, 2), LocalDate.of(2019, 1, 30));
        jdbc.update("""
                update mobility set learning_outcomes = ?, tasks = ?, mentor = 'Sofie Pedersen, cheffe de partie',
                       travel_days_before = 1, travel_days_after = 1, transport = 'PLANE', status = 'COMPLETED'
                where id = ?""", LINE.repeat(4), LINE.repeat(4), mobility);
        data.documentGrant(mobility, new BigDecimal("275"), new BigDecimal("1509.20"), new BigDecimal("350"),
                new BigDecimal("2134.20"), true);
        referent = data.principal(data.user("Karim Benali", Role.SCHOOL_REFERENT, school));
    }

    @Test
    void theRecordOfSkillsFitsOnePageWithAFullLearningAgreement() throws Exception {
        for (String language : List.of("fr", "en")) {
            List<String> pages = pages(pdf("europass", language));
            assertThat(pages).as(language).hasSize(1);
            assertThat(pages.get(0)).contains("Louise Lefèvre", "Sofie Pedersen");
        }
    }

    /** The project's title grows line by line, moving the schedule down until it meets the page's end. */
    @Test
    void thePaymentScheduleStaysWithItsHeadingOnOnePageWhereverThePageEnds() throws Exception {
        long project = jdbc.queryForObject("select project_id from mobility where id = ?", Long.class, mobility);
        for (int words = 0; words <= 45; words += 3) {
            jdbc.update("update project set title = ? where id = ?",
                    "Consortium académique de Paris" + " pour la mobilité".repeat(words / 3), project);
            List<String> pages = pages(pdf("grant-agreement", "fr"));
            String withSchedule = pages.stream().filter(page -> page.contains("Modalités de paiement"))
                    .findFirst().orElseThrow();
            assertThat(withSchedule).as("title %d words longer", words).contains("Versement", "Avance", "Solde");
        }
    }

    @Test
    void theLearningAgreementNamesTheReferentTeacherForTheHostToContact() throws Exception {
        // a line may end inside the name: read the text as one line
        assertThat(String.join(" ", pages(pdf("learning-agreement", "fr"))).replaceAll("\\s+", " "))
                .contains("Enseignant référent : Karim Benali");
        assertThat(String.join(" ", pages(pdf("learning-agreement", "en"))).replaceAll("\\s+", " "))
                .contains("Referent teacher: Karim Benali");
    }

    byte[] pdf(String kind, String language) throws Exception {
        return mvc.perform(get("/mobilities/" + mobility + "/documents/" + kind + ".pdf").param("language", language)
                .with(user(referent))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replace('\u202f', ' ').replace('\u00a0', ' '));
            }
            return pages;
        }
    }
}

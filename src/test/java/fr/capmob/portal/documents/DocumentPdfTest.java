package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The PDFs read back with PDFBox: names with their accents, dates, amounts, page numbers, fonts, scope. */
@PortalTest
class DocumentPdfTest {

    static final String FIRST = "Éloïse";
    static final String LAST = "Dvořák-Nuñez";
    /** Where the tests leave the PDFs (to look at them as PNG: pdftoppm -png -r 70). */
    static final Path OUT = Path.of("target/documents");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    String run;
    long schoolA;
    long project;
    long host;
    long mobility;
    String reference;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser accountant;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("Lycée hôtelier Jean-Drouant " + run);
        long schoolB = data.school("Lycée Brassaï " + run);
        jdbc.update("update school set head_of_school = 'Françoise Lefèvre', oid = null, phone = '01 44 00 00 00' where id = ?", schoolA);
        project = data.project("CAPMOB 2.0 " + run, schoolA, schoolB);
        host = data.host("Gasthof Müller & Söhne " + run, schoolA);
        jdbc.update("update host_organisation set address = 'Friedrichstraße 12', contact_name = 'Jürgen Weiß',"
                + " contact_role = 'Küchenchef', contact_email = 'jw@gasthof.example' where id = ?", host);
        long student = data.student(schoolA, LAST, FIRST, LocalDate.of(2003, 5, 14));
        jdbc.update("update student set specialty = 'Cuisine', class_name = '1re Bac Pro Cuisine' where id = ?", student);
        mobility = complete(data.mobility(project, student, null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22)));
        // 275 + 609.56 + 350 = 1 234,56 €
        data.documentGrant(mobility, new BigDecimal("275.0000"), new BigDecimal("609.5600"), new BigDecimal("350.0000"),
                new BigDecimal("1234.56"), true);
        reference = jdbc.queryForObject("select reference from mobility where id = ?", String.class, mobility);
        referentA = data.principal(data.user("Ref A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Ref B", Role.SCHOOL_REFERENT, schoolB));
        accountant = data.principal(data.user("Compta", Role.ACCOUNTANT, schoolA));
    }

    /** A mobility with everything the documents need, completed, with one travel day each way. */
    long complete(long id) {
        jdbc.update("""
                update mobility set learning_outcomes = 'Préparer une mise en place de cuisine « à la française » ; travailler en brigade.',
                       tasks = 'Mise en place, cuisson des légumes, dressage des assiettes (Spätzle, Knödel).',
                       mentor = 'Jürgen Weiß', travel_days_before = 1, travel_days_after = 1, transport = 'TRAIN',
                       status = 'COMPLETED'
                where id = ?""", id);
        return id;
    }

    byte[] pdf(String url, CurrentUser who, String... languageParam) throws Exception {
        var request = get(url).with(user(who));
        if (languageParam.length == 2) {
            request = request.param(languageParam[0], languageParam[1]);
        }
        MvcResult result = mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store")).andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        Files.createDirectories(OUT);
        String name = url.replaceAll("[^a-z0-9-]+", "_") + (languageParam.length == 2 ? "_" + languageParam[1] : "") + ".pdf";
        Files.write(OUT.resolve(name), bytes);
        return bytes;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // narrow and ordinary no-break spaces (French thousands and "€") read as plain spaces
            // read as laid out (the page counters are drawn after the footer's words)
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    String url(String kind) {
        return "/mobilities/" + mobility + "/documents/" + kind + ".pdf";
    }

    @Test
    void grantAgreementInFrenchPrintsTheNamesDatesAmountsAndScheduleWithPageNumbersAndTheLetterhead() throws Exception {
        MvcResult result = mvc.perform(get(url("grant-agreement")).with(user(referentA))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo("inline; filename=\"convention-de-subvention_"
                + reference.toLowerCase() + "_dvorak-nunez.pdf\"");
        byte[] bytes = pdf(url("grant-agreement"), referentA);
        String text = text(bytes);
        int pages = pages(bytes);
        assertThat(text).contains("Convention de subvention du participant", FIRST + " " + LAST, reference,
                "du 4 mars 2019 au 22 mars 2019", "né(e) le 14 mai 2003", "Gasthof Müller & Söhne " + run,
                "Berlin, Allemagne", "1 234,56 €", "275,00 €", "609,56 €", "350,00 €",
                "Avance (80 %)", "987,65 €", "Solde (20 %)", "246,91 €", "Françoise Lefèvre",
                "Le représentant légal", "19 jours sur place, plus 2 jours de voyage");
        // the letterhead and "page X / Y" on every page
        assertThat(count(text, "Lycée hôtelier Jean-Drouant " + run)).isGreaterThanOrEqualTo(pages);
        assertThat(text).contains("1 rue de l'Exemple", "75001 Paris");
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Page " + page + " / " + pages);
        }
        assertThat(pages).isBetween(2, 3);
    }

    @Test
    void grantAgreementInEnglishWithTheProjectsAdvanceShare() throws Exception {
        jdbc.update("insert into project_payment_setting (project_id, advance_share) values (?, 0.7000)", project);
        String text = text(pdf(url("grant-agreement"), referentA, "language", "en"));
        // 70 % of 1 234,56 = 864,192 → 864,19; balance 370,37
        assertThat(text).contains("Participant grant agreement", FIRST + " " + LAST, "from 4 March 2019 to 22 March 2019",
                "born on 14 May 2003", "€1,234.56", "€609.56", "Advance (70%)", "€864.19", "Balance (30%)", "€370.37",
                "Berlin, Germany", "Page 1 / ");
        assertThat(text).doesNotContain("Convention", "€987.65");
    }

    @Test
    void thePagesLanguageIsTheDefault() throws Exception {
        assertThat(text(pdf(url("learning-agreement"), referentA, "lang", "en"))).contains("Learning agreement", "Mentor: Jürgen Weiß");
        assertThat(text(pdf(url("learning-agreement"), referentA))).contains("Contrat pédagogique", "Tuteur : Jürgen Weiß");
    }

    @Test
    void everyDocumentInBothLanguagesCarriesItsDataAndEmbedsItsFonts() throws Exception {
        String[][] expected = {
                {"grant-agreement", "Convention de subvention du participant", "Participant grant agreement"},
                {"learning-agreement", "Contrat pédagogique", "Learning agreement"},
                {"certificate", "Attestation de présence", "Certificate of attendance"},
                {"europass", "Relevé des compétences acquises", "Record of skills acquired"}};
        for (String[] kind : expected) {
            for (String language : List.of("fr", "en")) {
                long start = System.nanoTime();
                byte[] bytes = pdf(url(kind[0]), accountant, "language", language);
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.getLogger("documents").log(System.Logger.Level.INFO, kind[0] + " " + language + ": " + millis
                        + " ms, " + pages(bytes) + " page(s), " + bytes.length + " bytes");
                String text = text(bytes);
                assertThat(text).as(kind[0] + " " + language)
                        .contains(language.equals("fr") ? kind[1] : kind[2], FIRST + " " + LAST, reference)
                        .contains(language.equals("fr") ? "4 mars 2019" : "4 March 2019");
                assertThat(embeddedFonts(bytes)).as(kind[0] + " fonts").isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
            }
        }
        String learning = text(pdf(url("learning-agreement"), accountant));
        assertThat(learning).contains("Préparer une mise en place de cuisine « à la française »", "Spätzle, Knödel",
                "Contact : Jürgen Weiß,", "Küchenchef", "Friedrichstraße 12");
        String certificate = text(pdf(url("certificate"), accountant, "language", "en"));
        assertThat(certificate).contains("Actual start date", "4 March 2019", "Actual end date", "22 March 2019",
                "Learning outcomes achieved", "travailler en brigade");
    }

    /** The base names of the fonts of every page; fails if one is not embedded. */
    static List<String> embeddedFonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    @Test
    void aMobilityWithoutGrantGetsThePageThatListsWhatIsMissing() throws Exception {
        jdbc.update("delete from mobility_grant where mobility_id = ?", mobility);
        jdbc.update("update mobility set mentor = null, tasks = ' ', status = 'APPROVED' where id = ?", mobility);
        String html = mvc.perform(get(url("grant-agreement")).with(user(referentA))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("La subvention de la mobilité n’a pas encore été calculée.", "/mobilities/" + mobility)
                .doesNotContain("Le tuteur dans l’organisme d’accueil.");
        String learning = mvc.perform(get(url("learning-agreement")).with(user(referentA)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // an APPROVED mobility is no longer the referent's to edit: the link opens it
        assertThat(learning).contains("The mentor at the host organisation.", "The activities and tasks.",
                "href=\"/mobilities/" + mobility + "\"").doesNotContain("The learning outcomes.");
        String certificate = mvc.perform(get(url("certificate")).with(user(referentA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(certificate).contains("La mobilité n’est pas terminée");
    }

    @Test
    void theMissingPageLinksToTheFormsTheUserMayUse() throws Exception {
        jdbc.update("update mobility set learning_outcomes = null, status = 'DRAFT' where id = ?", mobility);
        jdbc.update("update school set address = null where id = ?", schoolA);
        String html = mvc.perform(get(url("learning-agreement")).with(user(referentA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Les acquis d’apprentissage.", "href=\"/mobilities/" + mobility + "/edit\"",
                "L’adresse de l’établissement d’envoi", "href=\"/schools/" + schoolA + "/edit\"");
        String forAccountant = mvc.perform(get(url("learning-agreement")).with(user(accountant))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(forAccountant).doesNotContain("/edit\"").contains("href=\"/schools/" + schoolA + "\"");
    }

    @Test
    void anotherSchoolsMobilityOrTripDoesNotExistAndAnUnknownKindNeither() throws Exception {
        mvc.perform(get(url("grant-agreement")).with(user(referentB))).andExpect(status().isNotFound());
        long trip = data.trip(project, schoolA, host);
        mvc.perform(get("/trips/" + trip + "/documents/certificate.pdf").with(user(referentB))).andExpect(status().isNotFound());
        mvc.perform(get(url("passport")).with(user(referentA))).andExpect(status().isNotFound());
        mvc.perform(get("/trips/" + trip + "/documents/passport.pdf").with(user(referentA))).andExpect(status().isNotFound());
    }

    @Test
    void aTripsBundleHoldsTheCompleteDocumentsThenOneClosingPageNamingTheIncompleteOnes() throws Exception {
        long trip = data.trip(project, schoolA, host);
        jdbc.update("update mobility set trip_id = ? where id = ?", trip, mobility);
        long second = complete(data.mobility(project, data.student(schoolA, "Øster", "Zoë", LocalDate.of(2002, 1, 2)), null,
                schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22)));
        data.documentGrant(second, new BigDecimal("275"), new BigDecimal("500"), new BigDecimal("350"), new BigDecimal("1125.00"), false);
        long withoutGrant = complete(data.mobility(project, data.student(schoolA, "Łukasiewicz", "Jan", LocalDate.of(2002, 6, 2)),
                null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22)));
        long cancelled = data.mobility(project, data.student(schoolA, "Annulé", "Noé", LocalDate.of(2002, 6, 2)),
                null, schoolA, host, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 22));
        jdbc.update("update mobility set status = 'CANCELLED', cancellation_reason = 'malade' where id = ?", cancelled);
        jdbc.update("update mobility set trip_id = ? where id in (?, ?, ?)", trip, second, withoutGrant, cancelled);

        int single = pages(pdf(url("grant-agreement"), referentA));
        int singleSecond = pages(pdf("/mobilities/" + second + "/documents/grant-agreement.pdf", referentA));
        long start = System.nanoTime();
        byte[] combined = pdf("/trips/" + trip + "/documents/grant-agreement.pdf", referentA);
        System.getLogger("documents").log(System.Logger.Level.INFO, "trip of 3 mobilities: "
                + (System.nanoTime() - start) / 1_000_000 + " ms, " + pages(combined) + " pages");
        String text = text(combined);
        assertThat(pages(combined)).isEqualTo(single + singleSecond + 1);
        assertThat(text).contains(FIRST + " " + LAST, "Zoë Øster", "1 125,00 €", "Montant provisoire",
                "Hors de ce dossier", "Le document suivant n’a pas pu être établi", "Jan Łukasiewicz",
                "La subvention de la mobilité n’a pas encore été calculée.")
                .doesNotContain("Noé Annulé", "Ce document ne peut pas encore être établi");
        // no error page among the documents: the left-out mobility is named on the closing page only
        assertThat(text.indexOf("Hors de ce dossier")).isGreaterThan(text.lastIndexOf("Zoë Øster"));
        // each printed document numbers its own pages
        assertThat(count(text, "Page 1 / ")).isEqualTo(2);
        assertThat(embeddedFonts(combined)).allMatch(name -> name.contains("DejaVuSans"));
    }

    @Test
    void aTripWithoutMobilitiesGivesAOnePagePdfSayingSo() throws Exception {
        long trip = data.trip(project, schoolA, host);
        MvcResult result = mvc.perform(get("/trips/" + trip + "/documents/europass.pdf").with(user(referentA)).param("language", "en"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline; filename=\"record-of-skills_trip-");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(pages(bytes)).isEqualTo(1);
        assertThat(text(bytes)).contains("No mobility of this trip");
    }

    static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}

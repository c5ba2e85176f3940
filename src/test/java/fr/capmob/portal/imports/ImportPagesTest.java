package fr.capmob.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Uploads, previews and confirmations through the pages, on PostgreSQL. */
@PortalTest
class ImportPagesTest {

    static final String STUDENTS = "Nom;Prénom;Date de naissance;Genre;Nationalité;Niveau;Classe;Courriel;Moins d’opportunités;Justification\n";
    static final String LEA = "Martin;Léa;14/03/2008;F;FR;Bac Pro;1re MMV;lea@example.org;non;\n";
    static final String STAFF = "Nom;Prénom;Fonction;Courriel;Langues;Certification DNL\n";
    static final String HOSTS = "Raison sociale;Type;Ville;Pays;OID;Courriel du contact\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    long schoolA;
    long schoolB;
    CurrentUser referentA;
    CurrentUser referentB;
    CurrentUser coordinator;
    String run;

    @BeforeEach
    void setUp() {
        run = TestData.unique();
        schoolA = data.school("LP Imports A " + run);
        schoolB = data.school("LP Imports B " + run);
        referentA = data.principal(data.user("Referent A", Role.SCHOOL_REFERENT, schoolA));
        referentB = data.principal(data.user("Referent B", Role.SCHOOL_REFERENT, schoolB));
        coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        data.student(schoolA, "Existant", "Élève", LocalDate.of(2007, 5, 6));
        data.staff(schoolA, "Existant", "Prof");
        data.host("Bestehende Firma " + run + " GmbH", null);
    }

    /** Uploads a file; follows to the preview when the file as a whole was accepted. Returns the page shown. */
    private MockHttpServletResponse upload(String kind, byte[] content, String fileName, CurrentUser who, String lang,
                                           Long schoolId) throws Exception {
        var request = multipart("/imports/" + kind).file(new MockMultipartFile("file", fileName, "text/csv", content))
                .with(csrf()).with(user(who)).param("lang", lang);
        if (schoolId != null) {
            request.param("schoolId", schoolId.toString());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getRedirectedUrl() != null) {
            assertThat(response.getRedirectedUrl()).startsWith("/imports/batches/");
            return mvc.perform(get(response.getRedirectedUrl()).with(user(who)).param("lang", lang)).andReturn().getResponse();
        }
        return response;
    }

    private static String page(MockHttpServletResponse response) throws Exception {
        // French messages keep guillemets and colons on their words with non-breaking spaces
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8)).replace('\u00a0', ' ');
    }

    private long written() {
        return jdbc.sql("""
                        select (select count(*) from student where school_id = :a) + (select count(*) from staff_member where school_id = :a)
                             + (select count(*) from host_organisation where created_by_school_id = :a)""")
                .param("a", schoolA).query(Long.class).single();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> badInputs() throws java.io.IOException {
        String tooLong = "N".repeat(101);
        StringBuilder many = new StringBuilder(STUDENTS);
        for (int i = 0; i < 5_001; i++) {
            many.append("Nom").append(i).append(";Prénom;01/01/2008;;FR;CAP;;;;\n");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] notXlsx = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4};
        byte[] huge = new byte[SpreadsheetReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        return Stream.of(
                // the file as a whole
                Arguments.of("empty file", "students", new byte[0], "fr", "Le fichier est vide."),
                Arguments.of("blank file", "students", utf8(" \n \n"), "fr", "Le fichier est vide."),
                Arguments.of("empty file (en)", "students", new byte[0], "en", "The file is empty."),
                Arguments.of("header only", "students", utf8(STUDENTS), "fr", "Le fichier ne contient aucune ligne de données sous l’en-tête."),
                Arguments.of("missing columns", "students", utf8("Nom;Prénom;Classe\nMartin;Léa;1re\n"), "fr",
                        "Colonnes obligatoires absentes de la première ligne : « Date de naissance », « Niveau »."),
                Arguments.of("missing columns (en)", "students", utf8("Last name,First name\nMartin,Léa\n"), "en",
                        "Required columns missing from the first line: “Birth date”, “Level”."),
                Arguments.of("same column twice", "students", utf8("Nom;Last name;Prénom;Date de naissance;Niveau\n"), "fr",
                        "Les colonnes « Nom » et « Last name » désignent la même donnée : gardez-en une seule."),
                Arguments.of("old .xls workbook", "students", xls, "fr", "Les classeurs Excel 97-2003 (.xls) ne sont pas acceptés"),
                Arguments.of("binary file", "students", png, "fr", "Ce fichier n’est ni un CSV ni un classeur XLSX."),
                Arguments.of("binary file (en)", "staff", png, "en", "This file is neither a CSV file nor an XLSX workbook."),
                Arguments.of("zip that is no workbook", "students", notXlsx, "fr", "Ce fichier XLSX est illisible ou endommagé."),
                Arguments.of("over 2 MB", "students", huge, "fr", "Le fichier dépasse 2 Mo."),
                Arguments.of("over 5,000 lines", "students", utf8(many.toString()), "fr", "Le fichier dépasse 5000 lignes."),
                Arguments.of("zip bomb", "students", Workbooks.zipBomb(), "fr",
                        "Ce classeur XLSX est refusé : son contenu décompressé est anormalement volumineux."),
                Arguments.of("sheet unpacking to 19 MB, read as a stream", "students", Workbooks.nineteenMegabyteSheet(), "fr",
                        "Le fichier dépasse 5000 lignes."),
                Arguments.of("XML entity expansion (en)", "hosts", Workbooks.entityExpansion(), "en",
                        "This XLSX workbook is refused: it contains forbidden XML declarations."),
                Arguments.of("unclosed quote", "students", utf8(STUDENTS + "\"Martin;Léa;14/03/2008;F;FR;CAP;;;;\n"), "fr",
                        "Le fichier CSV est mal formé"),
                // students, line by line
                Arguments.of("missing last name", "students", utf8(STUDENTS + ";Léa;14/03/2008;F;FR;CAP;;;;\n"), "fr",
                        "« Nom » : valeur obligatoire manquante"),
                Arguments.of("31 February", "students", utf8(STUDENTS + "Martin;Léa;31/02/2007;F;FR;CAP;;;;\n"), "fr",
                        "« Date de naissance » : date invalide « 31/02/2007 » (jj/mm/aaaa ou aaaa-mm-jj)"),
                Arguments.of("31 February (en)", "students", utf8(STUDENTS + "Martin;Léa;31/02/2007;F;FR;CAP;;;;\n"), "en",
                        "“Date de naissance”: invalid date “31/02/2007” (dd/mm/yyyy or yyyy-mm-dd)"),
                Arguments.of("date in no accepted format", "students", utf8(STUDENTS + "Martin;Léa;2007/03/01;F;FR;CAP;;;;\n"), "fr",
                        "date invalide « 2007/03/01 »"),
                Arguments.of("birth date in the future", "students", utf8(STUDENTS + "Martin;Léa;01/01/2999;F;FR;CAP;;;;\n"), "fr",
                        "« Date de naissance » : date dans le futur « 01/01/2999 »"),
                Arguments.of("year 0 as birth date", "students", utf8(STUDENTS + "Martin;Léa;0000-03-14;F;FR;CAP;;;;\n"), "fr",
                        "« Date de naissance » : date invraisemblable « 0000-03-14 » (année entre 1900 et 2100)"),
                Arguments.of("unknown level", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;F;FR;Licence;;;;\n"), "fr",
                        "« Niveau » : niveau inconnu « Licence »"),
                Arguments.of("unknown level (en)", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;F;FR;Licence;;;;\n"), "en",
                        "unknown level “Licence” (CAP, Bac Pro, BMA, FCIL or BTS)"),
                Arguments.of("unknown country", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;F;Atlantide;CAP;;;;\n"), "fr",
                        "« Nationalité » : pays inconnu « Atlantide »"),
                Arguments.of("unknown gender", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;Z;FR;CAP;;;;\n"), "fr",
                        "genre inconnu « Z »"),
                Arguments.of("bad e-mail", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;F;FR;CAP;;lea@;;\n"), "fr",
                        "« Courriel » : adresse électronique invalide « lea@ »"),
                Arguments.of("name too long", "students", utf8(STUDENTS + tooLong + ";Léa;14/03/2008;F;FR;CAP;;;;\n"), "fr",
                        "« Nom » : texte trop long (101 caractères, 100 au plus)"),
                Arguments.of("same student twice in the file", "students", utf8(STUDENTS + LEA + "MARTIN;Lea;2008-03-14;F;FR;CAP;;;;\n"), "fr",
                        "même personne ou même organisme qu’à la ligne 2"),
                Arguments.of("student already recorded", "students", utf8(STUDENTS + "EXISTANT;Eleve;06/05/2007;F;FR;CAP;;;;\n"), "fr",
                        "cet élève est déjà enregistré dans l’établissement"),
                Arguments.of("fewer opportunities without justification", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;F;FR;CAP;;;oui;\n"), "fr",
                        "justification obligatoire pour « moins d’opportunités »"),
                Arguments.of("neither yes nor no", "students", utf8(STUDENTS + "Martin;Léa;14/03/2008;F;FR;CAP;;;peut-être;\n"), "fr",
                        "« peut-être » : attendu oui ou non"),
                // staff
                Arguments.of("unknown role", "staff", utf8(STAFF + "Durand;Luc;Surveillant général;;;\n"), "fr",
                        "« Fonction » : fonction inconnue « Surveillant général »"),
                Arguments.of("badly written languages", "staff", utf8(STAFF + "Durand;Luc;Enseignant;;anglais courant;\n"), "fr",
                        "« Langues » : langues mal écrites « anglais courant »"),
                Arguments.of("staff member already recorded", "staff", utf8(STAFF + "Existant;Prof;TEACHER;;;\n"), "fr",
                        "ce personnel est déjà enregistré dans l’établissement"),
                Arguments.of("staff missing role (en)", "staff", utf8(STAFF + "Durand;Luc;;;;\n"), "en",
                        "“Fonction”: required value missing"),
                // host organisations
                Arguments.of("unknown city", "hosts", utf8(HOSTS + "Firma X;COMPANY;Xyzstadt;DE;;\n"), "fr",
                        "« Ville » : ville inconnue « Xyzstadt » dans le pays DE"),
                Arguments.of("ambiguous city", "hosts", utf8(HOSTS + "Firma X;COMPANY;Altdorf;Allemagne;;\n"), "fr",
                        "« Altdorf » désigne"),
                Arguments.of("unknown type", "hosts", utf8(HOSTS + "Firma X;Bakery;Berlin;DE;;\n"), "fr",
                        "« Type » : type d’organisme inconnu « Bakery »"),
                Arguments.of("bad OID", "hosts", utf8(HOSTS + "Firma X;COMPANY;Berlin;DE;12345;\n"), "fr",
                        "« OID » : OID invalide « 12345 »"),
                Arguments.of("unknown country code", "hosts", utf8(HOSTS + "Firma X;COMPANY;Berlin;ZZ;;\n"), "fr",
                        "« Pays » : pays inconnu « ZZ »"),
                Arguments.of("bad contact e-mail (en)", "hosts", utf8(HOSTS + "Firma X;COMPANY;Berlin;DE;;anna.example.de\n"), "en",
                        "“Courriel du contact”: invalid e-mail address “anna.example.de”"),
                Arguments.of("same host twice", "hosts", utf8(HOSTS + "Firma X GmbH;COMPANY;Berlin;DE;;\nFIRMA X;Entreprise;Berlin;Germany;;\n"), "fr",
                        "même personne ou même organisme qu’à la ligne 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsExplainedAndNothingIsWritten(String description, String kind, byte[] content, String lang,
                                                 String expected) throws Exception {
        MockHttpServletResponse response = upload(kind, content, "file.csv", referentA, lang, null);
        assertThat(response.getStatus()).isEqualTo(200);
        String page = page(response);
        assertThat(page).contains(expected);
        assertThat(page).doesNotContain("id=\"confirm-import\"");
        // the student and the staff member of setUp only
        assertThat(written()).isEqualTo(2);
    }

    @Test
    void aBatchIsKeptOneHourAndThenGone() throws Exception {
        String url = batchUrl("students", utf8(STUDENTS + LEA), referentA, null);
        jdbc.sql("update import_batch set expires_at = now() - interval '1 second' where id = :id::uuid")
                .param("id", url.substring(url.lastIndexOf('/') + 1)).update();
        assertThat(mvc.perform(get(url).with(user(referentA))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(confirm(url, referentA).getStatus()).isEqualTo(404);
        assertThat(students(schoolA)).isEmpty();
        // the next upload clears it away
        batchUrl("staff", utf8(STAFF + "Durand;Luc;CPE;;;\n"), referentA, null);
        assertThat(jdbc.sql("select count(*) from import_batch where id = :id::uuid")
                .param("id", url.substring(url.lastIndexOf('/') + 1)).query(Long.class).single()).isZero();
    }

    @Test
    void aHostAlreadyInTheDirectoryIsADuplicate() throws Exception {
        String page = page(upload("hosts", utf8(HOSTS + "BESTEHENDE FIRMA " + run + ";COMPANY;Berlin;DE;;\n"), "h.csv", referentA, "fr", null));
        assertThat(page).contains("un organisme du même nom existe déjà à Berlin dans l’annuaire");
    }

    @Test
    void aCoordinatorMustChooseTheSchool() throws Exception {
        String page = page(upload("students", utf8(STUDENTS + LEA), "s.csv", coordinator, "fr", null));
        assertThat(page).contains("Choisissez l’établissement dans lequel importer.");
    }

    private MockHttpServletResponse confirm(String previewUrl, CurrentUser who) throws Exception {
        return mvc.perform(post(previewUrl + "/confirm").with(csrf()).with(user(who))).andReturn().getResponse();
    }

    private String batchUrl(String kind, byte[] content, CurrentUser who, Long schoolId) throws Exception {
        var request = multipart("/imports/" + kind).file(new MockMultipartFile("file", "f.csv", "text/csv", content))
                .with(csrf()).with(user(who));
        if (schoolId != null) {
            request.param("schoolId", schoolId.toString());
        }
        String url = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).as("file accepted").startsWith("/imports/batches/");
        return url;
    }

    private List<String> students(long schoolId) {
        return jdbc.sql("select last_name || ' ' || first_name from student where school_id = :s and last_name <> 'Existant' order by 1")
                .param("s", schoolId).query(String.class).list();
    }

    @Test
    void utf8WithBomAndSemicolonsIsImported() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8(STUDENTS + LEA + "Garçon;François;2008-01-02;M;Allemagne;cap;;;oui;Zone rurale isolée\n");
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);
        String url = batchUrl("students", content, referentA, null);
        String preview = page(mvc.perform(get(url).with(user(referentA))).andReturn().getResponse());
        assertThat(preview).contains("2 lignes sans erreur, prêtes à être importées.");
        assertThat(written()).isEqualTo(2);
        MockHttpServletResponse done = confirm(url, referentA);
        assertThat(done.getRedirectedUrl()).isEqualTo("/students");
        assertThat(students(schoolA)).containsExactly("Garçon François", "Martin Léa");
        assertThat(jdbc.sql("select nationality || qualification_level || fewer_opportunities_justification from student where last_name = 'Garçon' and school_id = :s")
                .param("s", schoolA).query(String.class).single()).isEqualTo("DECAPZone rurale isolée");
        // the batch is gone once used
        assertThat(mvc.perform(get(url).with(user(referentA))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void utf8WithCommasAndEnglishHeadersIsImported() throws Exception {
        String csv = "Last name,First name,Birth date,Level,Class\n\"Lefèvre, Jr\",Chloé,14/03/2008,BTS,\"1re MMV\"\n";
        String url = batchUrl("students", utf8(csv), referentA, null);
        confirm(url, referentA);
        assertThat(students(schoolA)).containsExactly("Lefèvre, Jr Chloé");
    }

    @Test
    void windows1252WithAccentsIsImported() throws Exception {
        byte[] content = (STUDENTS + "Lefèvre;Françoise;14/03/2008;F;FR;Bac Pro;1re MMV;;non;\n").replace("’", "'")
                .getBytes(Charset.forName("windows-1252"));
        String url = batchUrl("students", content, referentA, null);
        confirm(url, referentA);
        assertThat(students(schoolA)).containsExactly("Lefèvre Françoise");
    }

    @Test
    void anXlsxBuiltWithPoiIsImportedWithDatesAndFormulaLookingTextKeptAsText() throws Exception {
        byte[] xlsx = Workbooks.xlsx(List.of("Nom", "Prénom", "Date de naissance", "Niveau", "Classe", "Téléphone"), List.of(
                List.of("=HYPERLINK(\"http://evil\")", "Léa", LocalDate.of(2008, 3, 14), "Bac Pro", "+33", "-1"),
                List.of("Durand", "@Luc", "02/01/2008", "CAP", new Workbooks.Formula("1+1", "2de A"), 612345678)));
        String url = batchUrl("students", xlsx, referentA, null);
        confirm(url, referentA);
        assertThat(students(schoolA)).containsExactly("=HYPERLINK(\"http://evil\") Léa", "Durand @Luc");
        assertThat(jdbc.sql("select birth_date || ' ' || class_name || ' ' || phone from student where school_id = :s and last_name = 'Durand'")
                .param("s", schoolA).query(String.class).single()).isEqualTo("2008-01-02 2de A 612345678");
    }

    @Test
    void aRowThatBecomesADuplicateBeforeConfirmationStopsTheWholeImport() throws Exception {
        String url = batchUrl("students", utf8(STUDENTS + LEA + "Durand;Luc;02/01/2008;M;FR;CAP;;;;\n"), referentA, null);
        data.student(schoolA, "Durand", "Luc", LocalDate.of(2008, 1, 2));
        MockHttpServletResponse response = confirm(url, referentA);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page(response)).contains("Les données ont changé depuis l’aperçu")
                .contains("cet élève est déjà enregistré dans l’établissement");
        assertThat(students(schoolA)).containsExactly("Durand Luc");
    }

    @Test
    void aReferentImportsIntoTheirOwnSchoolWhateverIsSentAndOthersCannotSeeTheBatch() throws Exception {
        String url = batchUrl("students", utf8(STUDENTS + LEA), referentA, schoolB);
        assertThat(mvc.perform(get(url).with(user(referentB))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(confirm(url, referentB).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(url).with(user(coordinator))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(students(schoolB)).isEmpty();
        confirm(url, referentA);
        assertThat(students(schoolA)).containsExactly("Martin Léa");
        assertThat(students(schoolB)).isEmpty();
    }

    @Test
    void aCoordinatorImportsStaffIntoTheChosenSchool() throws Exception {
        String url = batchUrl("staff", utf8(STAFF + "Garçon;François;Enseignant;F.Garcon@Example.org;EN b2, es A1;oui\n"), coordinator, schoolB);
        assertThat(confirm(url, coordinator).getRedirectedUrl()).isEqualTo("/staff");
        assertThat(jdbc.sql("select last_name || '|' || role || '|' || email || '|' || languages || '|' || clil_certified from staff_member where school_id = :s")
                .param("s", schoolB).query(String.class).single()).isEqualTo("Garçon|TEACHER|f.garcon@example.org|en B2, es A1|true");
    }

    @Test
    void hostsAreImportedWithTheirCityAndCountry() throws Exception {
        String csv = HOSTS + "Hotel Neu " + run + ";Entreprise;Berlin;Allemagne;E12345678;anna@example.de\n"
                + "Escuela " + run + ";SCHOOL;sevilla;ES;;\n";
        String url = batchUrl("hosts", utf8(csv), referentA, null);
        assertThat(confirm(url, referentA).getRedirectedUrl()).isEqualTo("/hosts");
        assertThat(jdbc.sql("select legal_name || '|' || country || '|' || type from host_organisation where created_by_school_id = :s order by legal_name")
                .param("s", schoolA).query(String.class).list())
                .containsExactly("Escuela " + run + "|ES|SCHOOL", "Hotel Neu " + run + "|DE|COMPANY");
    }

    @Test
    void theTemplateIsUtf8WithBomAndSemicolonsAndImportsAsIs() throws Exception {
        byte[] template = mvc.perform(get("/imports/students/template.csv").with(user(referentA)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(template[0]).isEqualTo((byte) 0xEF);
        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).contains("Nom;Prénom;Date de naissance;");
        String english = new String(mvc.perform(get("/imports/staff/template.csv").param("lang", "en").with(user(referentA)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(english).contains("Last name;First name;Role;");
        for (String kind : List.of("students", "staff", "hosts")) {
            byte[] file = mvc.perform(get("/imports/" + kind + "/template.csv").with(user(referentA))).andReturn().getResponse()
                    .getContentAsByteArray();
            String preview = page(upload(kind, file, "template.csv", referentA, "fr", null));
            assertThat(preview).as(kind).contains("1 lignes sans erreur");
        }
    }

    @Test
    void theUploadPageListsTheColumnsInBothLanguages() throws Exception {
        String page = page(mvc.perform(get("/imports/hosts").param("lang", "en").with(user(referentA))).andReturn().getResponse());
        assertThat(page).contains("Import host organisations").contains("Raison sociale").contains("Legal name")
                .contains("Download the CSV template");
    }
}

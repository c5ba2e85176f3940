package fr.capmob.portal.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.participant.StudentCommand;
import fr.capmob.portal.participant.StudentService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The student form alone (the web layer, its services mocked, no database): how the form binds and validates, each
 * message beside its field and all of them at once. The portal's security configuration is not part of this slice
 * (it lives in account, package-private): the slice runs behind Spring Boot's default one, which also wants a
 * signed-in user and a CSRF token; roles and record scope are the pages tests' business (StudentPagesTest).
 */
@WebMvcTest(StudentController.class)
class StudentFormSliceTest {

    private static final long SCHOOL = 7L;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StudentService students;
    @MockitoBean
    SchoolDirectory schools;

    private final CurrentUser referent = new CurrentUser(1L, "referent@example.org", "Referent", Role.SCHOOL_REFERENT,
            SCHOOL, "fr", true, false, "{noop}unused");

    @BeforeEach
    void setUp() {
        when(students.today()).thenReturn(TODAY);
        when(schools.namesOf(List.of(SCHOOL))).thenReturn(Map.of(SCHOOL, "LP du Slice"));
    }

    private MockHttpServletRequestBuilder submit() {
        return post("/students").with(csrf()).with(user(referent));
    }

    @Test
    void everyProblemIsShownBesideItsFieldAtOnceAndNothingIsSaved() throws Exception {
        String page = mvc.perform(submit().param("lastName", "   ").param("firstName", "")
                        .param("birthDate", "2099-01-01").param("nationality", "").param("email", "not-an-email")
                        .param("phone", "0".repeat(41)).param("className", "x".repeat(61))
                        .param("parentalConsentDate", "2099-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(errorOf(page, "lastName")).isEqualTo("Indiquez le nom de l’élève.");
        assertThat(errorOf(page, "firstName")).isEqualTo("Indiquez le prénom de l’élève.");
        assertThat(errorOf(page, "birthDate")).isEqualTo("La date de naissance ne peut pas être dans le futur.");
        assertThat(errorOf(page, "qualificationLevel")).isEqualTo("Choisissez le niveau de formation.");
        assertThat(errorOf(page, "email")).isEqualTo("Adresse électronique invalide.");
        assertThat(page).containsPattern("(?s)name=\"nationality\".*?</select>\\s*<div class=\"invalid-feedback\">"
                + "Choisissez la nationalité.</div>");
        assertThat(List.of("lastName", "firstName", "birthDate", "nationality", "email", "qualificationLevel"))
                .allSatisfy(field -> assertThat(marksInvalid(page, field)).as(field).isTrue());
        assertThat(errorOf(page, "phone")).isNotBlank();
        assertThat(errorOf(page, "className")).isNotBlank();
        assertThat(errorOf(page, "parentalConsentDate")).isNotBlank();
        // the user's input is kept
        assertThat(page).contains("value=\"not-an-email\"");
        verify(students, never()).create(any(), any());
    }

    @Test
    void aDateThatDoesNotExistIsAProblemOfItsFieldInTheUsersLanguage() throws Exception {
        String page = mvc.perform(submit().param("lang", "en").param("lastName", "Martin").param("firstName", "Léa")
                        .param("birthDate", "2008-02-31").param("nationality", "FR").param("qualificationLevel", "CAP"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(errorOf(page, "birthDate")).isEqualTo("Invalid date.");
        assertThat(errorOf(page, "lastName")).isNull();
        assertThat(marksInvalid(page, "lastName")).isFalse();
        assertThat(page).contains("value=\"2008-02-31\"");
        verify(students, never()).create(any(), any());
    }

    @Test
    void aMissingNameAloneIsRefusedWithItsMessage() throws Exception {
        String page = mvc.perform(submit().param("firstName", "Léa").param("birthDate", "2008-02-12")
                        .param("nationality", "FR").param("qualificationLevel", "CAP"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(errorOf(page, "lastName")).isEqualTo("Indiquez le nom de l’élève.");
        assertThat(List.of("firstName", "birthDate", "qualificationLevel", "email")).allSatisfy(
                field -> assertThat(errorOf(page, field)).as(field).isNull());
        verify(students, never()).create(any(), any());
    }

    @Test
    void aValidFormBindsTrimmedValuesToTheCommandOfTheReferentsSchool() throws Exception {
        when(students.create(any(), eq(referent))).thenReturn(42L);

        mvc.perform(submit().param("schoolId", "999").param("lastName", "  Martin ").param("firstName", "Léa")
                        .param("birthDate", "2008-02-12").param("gender", "F").param("nationality", "PT")
                        .param("email", " ").param("qualificationLevel", "BAC_PRO").param("className", "1re MCV A")
                        .param("fewerOpportunities", "true").param("fewerOpportunitiesJustification", "Boursier")
                        .param("parentalConsentDate", "2024-09-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/students/42"));

        ArgumentCaptor<StudentCommand> command = ArgumentCaptor.forClass(StudentCommand.class);
        verify(students).create(command.capture(), eq(referent));
        StudentCommand sent = command.getValue();
        assertThat(sent.schoolId()).as("a referent's school, whatever was posted").isEqualTo(SCHOOL);
        assertThat(sent.lastName()).isEqualTo("Martin");
        assertThat(sent.email()).as("a blank text is no value").isNull();
        assertThat(sent.birthDate()).isEqualTo(LocalDate.of(2008, 2, 12));
        assertThat(sent.nationality()).isEqualTo("PT");
        assertThat(sent.qualificationLevel()).isEqualTo(QualificationLevel.BAC_PRO);
        assertThat(sent.fewerOpportunities()).isTrue();
        assertThat(sent.fewerOpportunitiesJustification()).isEqualTo("Boursier");
        assertThat(sent.parentalConsentDate()).isEqualTo(LocalDate.of(2024, 9, 1));
    }

    @Test
    void withoutCsrfTokenNothingIsBound() throws Exception {
        mvc.perform(post("/students").with(user(referent)).param("lastName", "Martin"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("error-summary"))));
        verify(students, never()).create(any(), any());
    }

    /** Whether the field's input or select is marked invalid (red, with its message below). */
    private static boolean marksInvalid(String page, String field) {
        Matcher tag = Pattern.compile("<(input|select)[^>]*name=\"" + field + "\"[^>]*>").matcher(page);
        return tag.find() && tag.group().contains("is-invalid");
    }

    /** The message shown under a field (its {@code <field>-error} element), or null when the field has none. */
    private static String errorOf(String page, String field) {
        Matcher matcher = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(page);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}

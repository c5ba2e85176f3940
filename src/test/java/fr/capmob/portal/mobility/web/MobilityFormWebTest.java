package fr.capmob.portal.mobility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.MobilityCommand;
import fr.capmob.portal.mobility.MobilityFormHint;
import fr.capmob.portal.mobility.MobilityFormHints;
import fr.capmob.portal.mobility.MobilityGrants;
import fr.capmob.portal.mobility.MobilityPage;
import fr.capmob.portal.mobility.MobilityPickers;
import fr.capmob.portal.mobility.MobilityQueries;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.ReportService;
import fr.capmob.portal.mobility.Transport;
import fr.capmob.portal.mobility.TripMembership;
import fr.capmob.portal.mobility.TripService;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mobility form on its own (the services mocked): what the browser sends binds to the form and through it to
 * the command's groups, and everything wrong is said at once, each message beside its field, before any service
 * is asked; a rule the service refuses lands beside its field too.
 */
@WebMvcTest(controllers = MobilityController.class)
@Import({RuleMessages.class, GrantTexts.class, MobilityFormParts.class, FormProblems.class, MobilityFormPrefill.class})
class MobilityFormWebTest {

    @Autowired MockMvc mvc;
    @Autowired MessageSource messages;

    @MockitoBean MobilityService mobilities;
    @MockitoBean MobilityQueries queries;
    @MockitoBean MobilityPickers pickers;
    @MockitoBean SchoolDirectory schools;
    @MockitoBean ReportService reports;
    @MockitoBean MobilityGrants grants;
    @MockitoBean MobilityPage page;
    @MockitoBean TripService trips;
    @MockitoBean TripMembership membership;
    @MockitoBean MobilityFormHints hints;

    /** The hint of a form with no project chosen: no period, no minor, no trip to offer. */
    @BeforeEach
    void noHint() {
        when(hints.hint(any(), any())).thenReturn(new MobilityFormHint(null, null, false, java.util.List.of()));
    }

    final CurrentUser referent = new CurrentUser(1L, "ref@test.capmob.fr", "Référente", Role.SCHOOL_REFERENT, 7L,
            "fr", true, false, "x");

    @Test
    void everyWrongFieldIsToldAtOnceBesideItself() throws Exception {
        String html = mvc.perform(post("/mobilities").with(csrf()).with(user(referent))
                        .param("projectId", "3").param("travelDaysBefore", "-1").param("travelDaysAfter", "11")
                        .param("interruptionDays", "400").param("mentor", "M".repeat(201))
                        .param("exceptionalTravelCost", "douze euros").param("inclusionRealCosts", "12,345"))
                .andExpect(status().isOk())
                .andExpect(view().name("mobilities/form"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "activityType", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "startDate", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "endDate", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "travelDaysBefore", "Min"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "travelDaysAfter", "Max"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "interruptionDays", "Max"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "mentor", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "exceptionalTravelCost", "grants.amount.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "inclusionRealCosts", "grants.amount.invalid"))
                .andExpect(model().errorCount(9))
                .andReturn().getResponse().getContentAsString();

        assertThat(errorBeside(html, "activityType")).isEqualTo(text("mobility.activityType.required"));
        assertThat(errorBeside(html, "startDate")).isEqualTo(text("mobility.startDate.required"));
        assertThat(errorBeside(html, "endDate")).isEqualTo(text("mobility.endDate.required"));
        assertThat(errorBeside(html, "travelDaysBefore")).isEqualTo(text("mobility.days.negative"));
        assertThat(errorBeside(html, "travelDaysAfter")).isEqualTo(text("mobility.days.tooMany"));
        assertThat(errorBeside(html, "interruptionDays")).isEqualTo(text("mobility.days.tooMany"));
        assertThat(errorBeside(html, "mentor")).isEqualTo(text("mobility.mentor.tooLong"));
        assertThat(errorBeside(html, "exceptionalTravelCost")).isEqualTo(text("grants.amount.invalid"));
        assertThat(errorBeside(html, "inclusionRealCosts")).isEqualTo(text("grants.amount.invalid"));
        assertThat(html).contains("id=\"error-summary\"");
        assertThat(errorBeside(html, "endDate")).isNotEqualTo(errorBeside(html, "mentor"));
        verify(mobilities, never()).create(any(), any());
    }

    @Test
    void whatTheBrowserSendsReachesTheServiceInItsGroups() throws Exception {
        when(mobilities.create(any(), any())).thenReturn(42L);
        mvc.perform(post("/mobilities").with(csrf()).with(user(referent))
                        .param("projectId", "3").param("activityType", "LM_SHORT_VET").param("studentId", "11")
                        .param("staffId", "12").param("hostId", "13").param("transport", "TRAIN")
                        .param("startDate", "2019-03-04").param("endDate", "2019-03-21")
                        .param("travelDaysBefore", "1").param("travelDaysAfter", "1").param("interruptionDays", "2")
                        .param("learningOutcomes", "  Service en salle  ").param("tasks", "Accueil")
                        .param("mentor", "Frau Weber").param("exceptionalTravelCost", "1 234,50").param("zeroGrant", "false"))
                .andExpect(redirectedUrl("/mobilities/42"));

        ArgumentCaptor<MobilityCommand> sent = ArgumentCaptor.forClass(MobilityCommand.class);
        verify(mobilities).create(sent.capture(), any());
        MobilityCommand command = sent.getValue();
        assertThat(command.activityType()).isEqualTo(ActivityType.LM_SHORT_VET);
        assertThat(command.participant().studentId()).isEqualTo(11L);
        assertThat(command.participant().staffId()).as("the staff select of a learner is ignored").isNull();
        assertThat(command.placement().hostId()).isEqualTo(13L);
        assertThat(command.placement().transport()).isEqualTo(Transport.TRAIN);
        assertThat(command.period().startDate()).isEqualTo(LocalDate.of(2019, 3, 4));
        assertThat(command.period().interruptionDays()).isEqualTo(2);
        assertThat(command.learningAgreement().learningOutcomes()).isEqualTo("Service en salle");
        assertThat(command.learningAgreement().mentor()).isEqualTo("Frau Weber");
        assertThat(command.grant().exceptionalTravelCost()).isEqualByComparingTo("1234.50");
    }

    @Test
    void aRuleTheServiceRefusesIsToldBesideItsField() throws Exception {
        MobilityRuleException refused = mock(MobilityRuleException.class);
        when(refused.field()).thenReturn("participant");
        when(refused.messageKey()).thenReturn("mobility.participant.otherSchool");
        when(refused.args()).thenReturn(new Object[0]);
        when(mobilities.create(any(), any())).thenThrow(refused);
        when(pickers.studentLabel(any(), any())).thenReturn("Dupont Marie — LP Test");

        String html = mvc.perform(post("/mobilities").with(csrf()).with(user(referent))
                        .param("projectId", "3").param("activityType", "LM_SHORT_VET").param("studentId", "11")
                        .param("hostId", "13").param("startDate", "2019-03-04").param("endDate", "2019-03-21"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("mobilityForm", "studentId", "mobility.participant.otherSchool"))
                .andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(html, "studentId")).isEqualTo(text("mobility.participant.otherSchool"));
        assertThat(html).as("the chosen student is shown again, not to be typed again")
                .contains("value=\"Dupont Marie — LP Test\"").contains("name=\"studentId\" value=\"11\"");
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    /**
     * The error shown with the field: the first {@code invalid-feedback} after the control named {@code field}
     * (marked invalid), with no other control in between.
     */
    private static String errorBeside(String html, String field) {
        Matcher control = Pattern.compile("<(input|select|textarea)[^>]*name=\"" + field + "\"[^>]*>").matcher(html);
        assertThat(control.find()).as("a control named " + field).isTrue();
        assertThat(control.group()).as(field + " marked invalid").contains("is-invalid");
        String after = html.substring(control.end());
        Matcher feedback = Pattern.compile("<div class=\"invalid-feedback[^\"]*\"[^>]*>([^<]*)</div>").matcher(after);
        assertThat(feedback.find()).as("an error after " + field).isTrue();
        Matcher otherControl = Pattern.compile("<(input|select|textarea)[^>]*name=\"(?!_?" + field + "\")").matcher(after);
        if (otherControl.find()) {
            assertThat(otherControl.start()).as("the error of " + field + " before the next field").isGreaterThan(feedback.start());
        }
        return feedback.group(1).trim();
    }
}

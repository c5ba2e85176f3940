package fr.capmob.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /account/notifications: the kinds of the user's role with their defaults; choices saved; impossible ones refused. */
@PortalTest
class NotificationsPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired NotificationPreferences preferences;

    @Test
    void aReferentSeesTheirKindsWithTheDefaultsAndSavesTheirChoices() throws Exception {
        CurrentUser referent = data.principal(data.user("Prefs referent", Role.SCHOOL_REFERENT, data.school("Prefs " + TestData.unique())));
        String page = new String(mvc.perform(get("/account/notifications").with(user(referent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains("Mobilité renvoyée par la coordination", "Rappel : bilan non rendu")
                .doesNotContain("Avance à verser", "Mobilités soumises en attente")
                .containsPattern("value=\"IMMEDIATE\"[^>]*checked");

        var request = post("/account/notifications").with(csrf()).with(user(referent));
        for (NotificationKind kind : NotificationKind.of(Role.SCHOOL_REFERENT)) {
            request.param("choices[" + kind.name() + "]", kind == NotificationKind.REPORT_MISSING ? "OFF" : "DIGEST");
        }
        mvc.perform(request).andExpect(redirectedUrl("/account/notifications"));
        assertThat(preferences.choices(referent.id(), Role.SCHOOL_REFERENT))
                .containsEntry(NotificationKind.REPORT_MISSING, NotificationDelivery.OFF)
                .containsEntry(NotificationKind.MOBILITY_SENT_BACK, NotificationDelivery.DIGEST);
    }

    @Test
    void theSubmissionsDigestCannotComeOneByOneAndEveryMissingChoiceIsShown() throws Exception {
        CurrentUser coordinator = data.principal(data.user("Prefs coordinator", Role.COORDINATOR, null));
        String page = new String(mvc.perform(post("/account/notifications").with(csrf()).with(user(coordinator))
                        .param("choices[SUBMISSIONS_WAITING]", "IMMEDIATE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains("Choisissez comment recevoir cette notification.");
        assertThat(preferences.choices(coordinator.id(), Role.COORDINATOR))
                .containsEntry(NotificationKind.SUBMISSIONS_WAITING, NotificationDelivery.DIGEST);
        assertThat(preferences.recipients(NotificationKind.SUBMISSIONS_WAITING, null))
                .anyMatch(r -> r.userId() == coordinator.id());
    }
}

package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityFormHints;
import fr.capmob.portal.mobility.MobilityRuleException;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.TripMembership;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the mobility form adds to a plain create/edit: the values it starts from, every problem at once, the hint
 * about a minor and the trips that fit, a new mobility created straight into its trip.
 */
@Component
class MobilityFormParts {

    private final MobilityFormPrefill prefill;
    private final FormProblems problems;
    private final MobilityFormHints hints;
    private final MobilityService mobilities;
    private final TripMembership membership;

    MobilityFormParts(MobilityFormPrefill prefill, FormProblems problems, MobilityFormHints hints,
                      MobilityService mobilities, TripMembership membership) {
        this.prefill = prefill;
        this.problems = problems;
        this.hints = hints;
        this.mobilities = mobilities;
        this.membership = membership;
    }

    MobilityForm prefilled(Long studentId, Long tripId, CurrentUser user) {
        return prefill.form(studentId, tripId, user);
    }

    void rejectAll(BindingResult binding, List<MobilityRuleException> found, MobilityForm form, Locale locale) {
        problems.reject(binding, found, form, locale);
    }

    void rejectAll(BindingResult binding, MobilityRuleException found, MobilityForm form, Locale locale) {
        problems.reject(binding, found, form, locale);
    }

    /** Creates the mobility, inside its trip when one was chosen (both or neither). */
    long create(MobilityForm form, CurrentUser user) {
        return form.getTripId() == null ? mobilities.create(form.toCommand(), user)
                : membership.createInTrip(form.toCommand(), form.getTripId(), user);
    }

    /** The form's hint: on a new mobility the minor's warning and the trips to choose; always the project's period. */
    void addHint(MobilityForm form, boolean creating, CurrentUser user, Model model) {
        model.addAttribute("hint", hints.hint(form.toCommand(), user));
        model.addAttribute("creating", creating);
    }
}

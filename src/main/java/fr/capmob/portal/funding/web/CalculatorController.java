package fr.capmob.portal.funding.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.consortium.SchoolService;
import fr.capmob.portal.funding.RateActivity;
import fr.capmob.portal.funding.GrantLine;
import fr.capmob.portal.funding.GrantResult;
import fr.capmob.portal.funding.GrantService;
import fr.capmob.portal.funding.NoRateTableException;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.web.HtmxRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The grant calculator: any signed-in user, for a project they may see; the breakdown updates as they type. */
@Controller
class CalculatorController {

    private final GrantService grants;
    private final ProjectService projects;
    private final Gazetteer gazetteer;
    private final MessageSource messages;
    private final SpringValidatorAdapter validator;

    private final SchoolService schools;

    CalculatorController(GrantService grants, ProjectService projects, Gazetteer gazetteer, MessageSource messages,
                         Validator validator, SchoolService schools) {
        this.schools = schools;
        this.validator = new SpringValidatorAdapter(validator);
        this.grants = grants;
        this.projects = projects;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    @GetMapping("/funding/calculator")
    String calculator(@ModelAttribute("calculatorForm") CalculatorForm form, BindingResult binding,
                      @AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model, Locale locale) {
        boolean started = form.isStarted();
        if (!started && user.schoolId() != null) {
            // a mobility leaves from the sending school's city unless the user picks another departure
            form.setDepartureCityId(schools.details(user, user.schoolId()).cityId());
        }
        model.addAttribute("projects", projects.options(user));
        model.addAttribute("activities", RateActivity.values());
        model.addAttribute("departureLabel", cityLabel(form.getDepartureCityId(), locale));
        model.addAttribute("destinationLabel", cityLabel(form.getDestinationCityId(), locale));
        if (!started && !binding.hasErrors()) {
            // the first visit: an empty form, no error messages yet
            return "funding/calculator";
        }
        validator.validate(form, binding);
        if (form.getStart() != null && form.getEnd() != null && form.getEnd().isBefore(form.getStart())) {
            binding.rejectValue("end", "funding.calc.end.beforeStart");
        }
        if (form.isExceptionalTravel() && form.getExceptionalTravelCost() == null) {
            binding.rejectValue("exceptionalTravelCost", "funding.calc.exceptionalTravelCost.required");
        }
        if (!binding.hasErrors()) {
            try {
                GrantResult result = grants.calculate(user, form.toRequest());
                model.addAttribute("result", result);
                model.addAttribute("lines", result.breakdown().lines().stream().map(line -> view(line, locale)).toList());
            } catch (NoRateTableException none) {
                model.addAttribute("noTable", true);
            }
        }
        return HtmxRequests.view(request, "funding/calculator", "breakdown");
    }

    private GrantLineView view(GrantLine line, Locale locale) {
        Object[] args = line.args().stream().map(arg -> arg instanceof Enum<?> value
                ? new DefaultMessageSourceResolvable(value instanceof RateActivity ? "funding.activity." + value.name()
                : "funding.category." + value.name()) : arg).toArray();
        return new GrantLineView(messages.getMessage("funding.item." + line.item(), null, locale),
                messages.getMessage(line.rule(), args, locale), line.amount(), line.verify());
    }

    private String cityLabel(Integer cityId, Locale locale) {
        return cityId == null ? "" : gazetteer.find(cityId).map(city -> city.label(locale)).orElse("");
    }
}

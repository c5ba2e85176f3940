package fr.capmob.portal.account.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.NotificationDelivery;
import fr.capmob.portal.account.NotificationKind;
import fr.capmob.portal.account.NotificationPreferences;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user chooses, for each kind of notification of their role, to get it at once, in their daily
 * digest, or not at all (their own choices only: the page knows no other user).
 */
@Controller
class NotificationsController {

    private final NotificationPreferences preferences;

    NotificationsController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/account/notifications")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", NotificationsForm.of(preferences.choices(user.id(), user.role())));
        return page(user, model);
    }

    @PostMapping("/account/notifications")
    String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NotificationsForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        Map<NotificationKind, NotificationDelivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.of(user.role())) {
            Optional<NotificationDelivery> delivery = Arrays.stream(NotificationDelivery.values())
                    .filter(d -> d.name().equals(form.getChoices().get(kind.name())))
                    .filter(d -> kind.deliveries().contains(d)).findFirst();
            if (delivery.isEmpty()) {
                result.rejectValue("choices[" + kind.name() + "]", "notification.choice.required");
            } else {
                choices.put(kind, delivery.get());
            }
        }
        if (result.hasErrors()) {
            return page(user, model);
        }
        preferences.choose(user.id(), user.role(), choices);
        redirect.addFlashAttribute("success", "notification.saved");
        return "redirect:/account/notifications";
    }

    private static String page(CurrentUser user, Model model) {
        model.addAttribute("kinds", NotificationKind.of(user.role()));
        return "account/notifications";
    }
}

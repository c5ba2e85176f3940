package fr.capmob.portal.mail.web;

import fr.capmob.portal.mail.MailLog;
import fr.capmob.portal.mail.MailStatus;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' view of the outbox: sent, waiting and failed messages (with the server's answer); resend. */
@Controller
@RequestMapping("/mail")
@PreAuthorize("hasRole('COORDINATOR')")
class MailController {

    private final MailLog log;

    MailController(MailLog log) {
        this.log = log;
    }

    @GetMapping
    String list(@RequestParam(name = "status", required = false) String statusName,
                @RequestParam(required = false) String recipient,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                HttpServletRequest request, Model model) {
        // an unknown status lists every message, as "all" does
        MailStatus status = Arrays.stream(MailStatus.values()).filter(s -> s.name().equals(statusName)).findFirst()
                .orElse(null);
        model.addAttribute("page", log.page(status, recipient,
                ListQuery.pageable(page, size, null, null, Map.of("created", "created_at"), "created")));
        model.addAttribute("links", PageLinks.of(request, "/mail"));
        model.addAttribute("status", status);
        model.addAttribute("recipient", recipient);
        model.addAttribute("statuses", MailStatus.values());
        return "mail/list";
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        log.resend(id);
        redirect.addFlashAttribute("success", "mail.resend.done");
        redirect.addAttribute("status", MailStatus.WAITING);
        return "redirect:/mail";
    }
}

package fr.capmob.portal.demo.web;

import fr.capmob.portal.demo.DemoMailbox;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo's mailbox (coordinators, {@code ./mvnw spring-boot:run} only): every message the in-process SMTP server
 * received, one open at a time, its HTML in a sandboxed frame (no script, no same origin) or its text.
 */
@Controller
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnProperty(name = "portal.demo-mail.enabled", havingValue = "true")
@PreAuthorize("hasRole('COORDINATOR')")
class DemoMailboxController {

    private static final int SHOWN = 200;

    private final DemoMailbox mailbox;

    DemoMailboxController(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(@RequestParam(required = false) Integer open, Model model) {
        List<DemoMailbox.Received> messages = mailbox.messages();
        model.addAttribute("total", messages.size());
        model.addAttribute("messages", messages.subList(0, Math.min(SHOWN, messages.size())));
        DemoMailbox.Received opened = messages.stream()
                .filter(m -> open == null ? true : m.number() == open).findFirst().orElse(null);
        model.addAttribute("opened", opened);
        return "demo/mailbox";
    }
}

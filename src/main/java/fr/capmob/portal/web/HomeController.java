package fr.capmob.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: where each role starts (the links shown depend on the role). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}

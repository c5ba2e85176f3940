package fr.capmob.portal.geo.web;

import fr.capmob.portal.geo.Gazetteer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The city picker's type-ahead: {@code /cities?q=mun&country=DE} answers the list of matching cities (htmx fragment). */
@Controller
class CityPickerController {

    private final Gazetteer gazetteer;

    CityPickerController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/cities")
    String search(@RequestParam(name = "q", required = false) String text,
                  @RequestParam(name = "country", required = false) String country, Model model) {
        model.addAttribute("query", text == null ? "" : text.trim());
        model.addAttribute("cities", gazetteer.search(text, country));
        return "geo/cities :: results";
    }
}

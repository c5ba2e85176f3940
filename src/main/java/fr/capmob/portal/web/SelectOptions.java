package fr.capmob.portal.web;

import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The options of a long select (the 250 countries of a nationality, the destinations of the mobility filter) written
 * as one piece of HTML, the chosen value selected, for {@code th:utext} inside the select. Iterated by Thymeleaf, the
 * 250 options took 40 % of the student form's time; values and labels are escaped here as Thymeleaf escapes them.
 */
public final class SelectOptions {

    private SelectOptions() {
    }

    /**
     * @param labelsByValue each option's value and label, in the order shown
     * @param selected      the chosen value (null or absent: none)
     */
    public static String html(Map<String, String> labelsByValue, String selected) {
        StringBuilder html = new StringBuilder(labelsByValue.size() * 40);
        labelsByValue.forEach((value, label) -> {
            html.append("<option value=\"").append(HtmlUtils.htmlEscape(value)).append('"');
            if (value.equals(selected)) {
                html.append(" selected=\"selected\"");
            }
            html.append('>').append(HtmlUtils.htmlEscape(label)).append("</option>");
        });
        return html.toString();
    }
}

package fr.capmob.portal.dashboard.web;

import fr.capmob.portal.dashboard.Breakdown;
import fr.capmob.portal.dashboard.Dimension;
import fr.capmob.portal.geo.Countries;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a line of a breakdown is called in the user's language (the page, the charts and the CSV say the same). */
@Component
class DashboardLabels {

    private final MessageSource messages;

    DashboardLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(Dimension dimension, Breakdown line, Locale locale) {
        return switch (dimension) {
            case ACTIVITY_TYPE -> messages.getMessage("mobility.activity." + line.key(), null, line.key(), locale);
            case QUALIFICATION_LEVEL -> messages.getMessage("participant.level." + line.key(), null, line.key(), locale);
            case FIELD -> messages.getMessage("school.vocationalField." + line.key(), null, line.key(), locale);
            case MONTH -> month(line.key(), locale);
            case SCHOOL -> line.name();
            case COUNTRY -> Countries.name(line.key(), locale);
            case YEAR -> line.key();
        };
    }

    static String month(String yearMonth, Locale locale) {
        return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

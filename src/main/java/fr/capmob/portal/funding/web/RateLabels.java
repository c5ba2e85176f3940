package fr.capmob.portal.funding.web;

import fr.capmob.portal.funding.RateActivity;
import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateKind;
import fr.capmob.portal.geo.City;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names the figures of a rate table in the user's language ("100–499 km", "Germany", "G1 · learner"). */
@Component
class RateLabels {

    private final MessageSource messages;

    RateLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(RateItem item, List<Integer> bandBounds, Locale locale) {
        String code = item.code();
        return switch (item.kind()) {
            case TRAVEL, GREEN_TRAVEL -> band(Integer.parseInt(code), bandBounds, locale);
            case COUNTRY_GROUP -> City.countryName(code, locale) + " (" + code + ")";
            case DAILY_RATE, DAILY_RATE_REDUCED -> {
                String[] parts = code.split("\\.");
                yield parts[0] + " · " + message("funding.category." + parts[1], locale);
            }
            case ORGANISATIONAL_TIER, PARAMETER -> message("funding.code." + code, locale);
            case ORGANISATIONAL_ACTIVITY -> message("funding.activity." + RateActivity.valueOf(code), locale);
            case INCLUSION_ORGANISATION -> message("funding.code.PARTICIPANT", locale);
        };
    }

    String kind(RateKind kind, Locale locale) {
        return message("funding.kind." + kind, locale);
    }

    private String band(int from, List<Integer> bounds, Locale locale) {
        int index = bounds.indexOf(from);
        return index >= 0 && index + 1 < bounds.size()
                ? message("funding.band.range", locale, from, bounds.get(index + 1) - 1)
                : message("funding.band.open", locale, from);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

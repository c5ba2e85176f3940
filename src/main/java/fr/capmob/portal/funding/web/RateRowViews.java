package fr.capmob.portal.funding.web;

import fr.capmob.portal.funding.RateItem;
import fr.capmob.portal.funding.RateTableDetails;
import fr.capmob.portal.funding.RateTextTranslations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The figures of a rate table as its page shows them, in the reader's language: labels, values with their unit and
 * number format, sources translated where the seed's translation exists.
 */
@Component
class RateRowViews {

    private final RateLabels labels;
    private final RateValueText values;
    private final RateTextTranslations translations;

    RateRowViews(RateLabels labels, RateValueText values, RateTextTranslations translations) {
        this.labels = labels;
        this.values = values;
        this.translations = translations;
    }

    /** The rows and the removed rows of a version, and its comment, with one statement for every translation. */
    Page of(RateTableDetails details, List<Integer> bounds, Locale locale) {
        Map<String, String> texts = translations.inLanguage(Stream.concat(
                Stream.concat(details.rows().stream().map(row -> row.item().source()),
                        details.removed().stream().map(RateItem::source)),
                Stream.of(details.table().comment())).toList(), locale);
        List<RateRowView> rows = details.rows().stream().map(row -> view(row.item(), bounds, locale, texts,
                row.change().name(), row.previousValue())).toList();
        List<RateRowView> removed = details.removed().stream()
                .map(item -> view(item, bounds, locale, texts, "REMOVED", null)).toList();
        String comment = details.table().comment() == null ? null : texts.get(details.table().comment());
        return new Page(rows, removed, comment);
    }

    private RateRowView view(RateItem item, List<Integer> bounds, Locale locale, Map<String, String> texts,
                             String change, String previousValue) {
        String previous = previousValue == null ? null
                : values.format(item.kind(), item.code(), previousValue, locale);
        return new RateRowView(item.key(), labels.kind(item.kind(), locale), labels.label(item, bounds, locale),
                values.format(item, locale), texts.getOrDefault(item.source(), item.source()), item.verify(), change,
                previous, item.amount() == null);
    }

    record Page(List<RateRowView> rows, List<RateRowView> removed, String comment) {
    }
}

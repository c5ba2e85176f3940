package fr.capmob.portal.mobility.web;

import fr.capmob.portal.mobility.GrantEntry;
import fr.capmob.portal.mobility.MobilityGrant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The lines of a mobility's grant in the user's language: each item and the rule that produced it (the funding
 * bundle's {@code funding.rule.*} keys, as the calculator shows them, and the grants bundle's own).
 */
@Component
class GrantTexts {

    /** A line as the page shows it. */
    record Line(String item, String rule, BigDecimal amount, boolean verify) {
    }

    private final MessageSource messages;

    GrantTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(MobilityGrant grant, Locale locale) {
        return grant == null ? List.of() : grant.lines().stream().map(line -> line(line, locale)).toList();
    }

    private Line line(GrantEntry line, Locale locale) {
        Object[] args = line.args().stream().map(arg -> arg instanceof GrantEntry.Message message
                ? new DefaultMessageSourceResolvable(message.code()) : arg).toArray();
        return new Line(messages.getMessage(line.itemKey(), null, locale), messages.getMessage(line.rule(), args, locale),
                line.amount(), line.verify());
    }
}

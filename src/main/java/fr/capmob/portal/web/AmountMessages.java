package fr.capmob.portal.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;

/**
 * Messages whose one argument is an amount ("{0} €", "used €{0}"), written without formatting the message for each
 * amount: the text around the argument is worked out once per message and language, by formatting the message with a
 * marker as its argument (so the message's quotes and escapes come out as the message source writes them). A message
 * whose argument is not there exactly once is formatted for each amount as before.
 */
final class AmountMessages {

    private static final String MARKER = "\u0000amount\u0000";

    /** The text before and after the amount; absent when the message is formatted for each amount. */
    private record Around(String before, String after) {
    }

    private static final Around FORMAT_EACH_TIME = new Around(null, null);

    private final MessageSource messages;
    private final Map<String, Around> known = new ConcurrentHashMap<>();

    AmountMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in {@code locale} with {@code amount} (already written) as its argument. */
    String text(String key, Locale locale, String amount) {
        Around around = known.computeIfAbsent(key + '|' + locale, k -> around(key, locale));
        if (around == FORMAT_EACH_TIME) {
            return messages.getMessage(key, new Object[] {amount}, locale);
        }
        return around.before() + amount + around.after();
    }

    private Around around(String key, Locale locale) {
        String marked = messages.getMessage(key, new Object[] {MARKER}, locale);
        int at = marked.indexOf(MARKER);
        if (at < 0 || marked.indexOf(MARKER, at + 1) >= 0) {
            return FORMAT_EACH_TIME;
        }
        return new Around(marked.substring(0, at), marked.substring(at + MARKER.length()));
    }
}

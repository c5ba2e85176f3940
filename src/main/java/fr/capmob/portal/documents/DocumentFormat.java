package fr.capmob.portal.documents;

import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Countries;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How documents print dates, amounts, cities and countries in their language: French {@code 3 mars 2019} and
 * {@code 1 234,56 €}; English {@code 3 March 2019} and {@code €1,234.56}.
 */
public final class DocumentFormat {

    private static final Locale ENGLISH_EURO = Locale.forLanguageTag("en-IE");

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final NumberFormat money;
    private final NumberFormat number;

    private DocumentFormat(Locale locale) {
        this.locale = locale;
        boolean english = isEnglish(locale);
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", english ? Locale.UK : Locale.FRANCE);
        this.money = NumberFormat.getCurrencyInstance(english ? ENGLISH_EURO : Locale.FRANCE);
        this.number = NumberFormat.getNumberInstance(english ? Locale.UK : Locale.FRANCE);
        this.number.setMaximumFractionDigits(2);
    }

    /** The language a document is printed in: English when asked, French otherwise. */
    public static Locale language(Locale requested) {
        return isEnglish(requested) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static DocumentFormat of(Locale locale) {
        return new DocumentFormat(language(locale));
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : money.format(amount);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : number.format(value);
    }

    public String country(String code) {
        return code == null ? "" : Countries.name(code, locale);
    }

    /** "Vienne, Autriche": a city of the gazetteer and its country in the document's language. */
    public String place(String cityName, String countryCode) {
        return cityName == null ? country(countryCode) : City.place(cityName, countryCode, locale);
    }
}

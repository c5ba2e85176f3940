package fr.capmob.portal.dashboard.web;

import fr.capmob.portal.dashboard.Breakdown;
import fr.capmob.portal.dashboard.DashboardFigures;
import fr.capmob.portal.dashboard.Dimension;
import fr.capmob.portal.dashboard.ExamRate;
import fr.capmob.portal.dashboard.Share;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard's figures as CSV that opens right in a French Excel: UTF-8 with a byte-order mark, {@code ;} between
 * fields, a decimal comma in French. One line per figure: section, key, label, value, base (the denominator of a
 * percentage: answers, decided results, learners, schools), learners, staff (for the breakdowns).
 */
final class DashboardCsv {

    static final String[] HEADER = {"section", "key", "label", "value", "base", "learners", "staff"};

    private DashboardCsv() {
    }

    static void write(DashboardFigures figures, DashboardLabels labels, Locale locale, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(HEADER).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            DashboardFigures.Summary s = figures.summary();
            summary(csv, labels, locale, "learners", s.learners(), null);
            summary(csv, labels, locale, "staff", s.staff(), null);
            summary(csv, labels, locale, "mobilities", s.mobilities(), null);
            summary(csv, labels, locale, "countries", s.countries(), null);
            summary(csv, labels, locale, "schools", s.schools(), s.consortiumSchools());
            percent(csv, labels, locale, "summary", "schoolShare", s.schoolShare());
            summary(csv, labels, locale, "minDays", s.minDays(), null);
            summary(csv, labels, locale, "maxDays", s.maxDays(), null);
            csv.printRecord("summary", "medianDays", labels.message("dashboard.csv.medianDays", locale),
                    decimal(s.medianDays(), locale), "", "", "");
            percent(csv, labels, locale, "summary", "fewerOpportunities", s.fewerOpportunities());
            percent(csv, labels, locale, "summary", "minors", s.minors());
            DashboardFigures.Outcomes o = figures.outcomes();
            percent(csv, labels, locale, "outcome", "improvedLanguage", o.improvedLanguage());
            percent(csv, labels, locale, "outcome", "moreConfidence", o.moreConfidence());
            percent(csv, labels, locale, "outcome", "wouldGoAgain", o.wouldGoAgain());
            percent(csv, labels, locale, "outcome", "satisfied", o.satisfied());
            for (ExamRate rate : figures.exams()) {
                Share share = rate.passRate();
                csv.printRecord("examPassRate", rate.level().name(),
                        labels.message("participant.level." + rate.level().name(), locale),
                        share.percent() == null ? "" : share.percent(), share.base(), "", "");
            }
            for (Dimension dimension : Dimension.values()) {
                for (Breakdown line : figures.by(dimension)) {
                    csv.printRecord("by" + dimension.name(), line.key(), labels.label(dimension, line, locale),
                            line.total(), "", line.learners(), line.staff());
                }
            }
        }
    }

    private static void summary(CSVPrinter csv, DashboardLabels labels, Locale locale, String key, Number value, Long base)
            throws IOException {
        csv.printRecord("summary", key, labels.message("dashboard.csv." + key, locale), value == null ? "" : value,
                base == null ? "" : base, "", "");
    }

    private static void percent(CSVPrinter csv, DashboardLabels labels, Locale locale, String section, String key, Share share)
            throws IOException {
        csv.printRecord(section, key, labels.message("dashboard.csv." + key, locale),
                share.percent() == null ? "" : share.percent(), share.base(), "", "");
    }

    private static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = value.toPlainString();
        return "fr".equals(locale.getLanguage()) ? text.replace('.', ',') : text;
    }
}

package fr.capmob.portal.exports;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The budget summary for the coordinator's report: A4 PDF in the user's language (French or English), with the
 * budget by school (EU flat-rate income and real expenditure side by side, M9.6) and by budget item, for one project
 * or every project in the user's scope. Rendered from XHTML by Flying Saucer with the DejaVu Sans font embedded
 * (every accent and the euro sign).
 */
@Component
class SummaryPdf {

    static final String FONT = "fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final BudgetExports budgets;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    SummaryPdf(BudgetExports budgets, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.budgets = budgets;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    void write(ExportRequest request, String preparedBy, OutputStream out) {
        String xhtml = xhtml(request, preparedBy);
        try {
            ITextRenderer renderer = new ITextRenderer();
            renderer.getFontResolver().addFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            renderer.getFontResolver().addFont(FONT_BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            renderer.createPDF(out, true);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String xhtml(ExportRequest request, String preparedBy) {
        Locale locale = request.locale();
        List<BudgetExports.SchoolLine> schools = new ArrayList<>();
        List<BudgetExports.ItemLine> items = new ArrayList<>();
        budgets.bySchool(request, schools::add);
        budgets.byItem(request, items::add);
        Map<String, Object> counts = jdbc.sql("""
                        select count(*) filter (where %s) as planned, count(*) filter (where %s) as committed,
                               count(distinct coalesce('S' || m.student_id, 'T' || m.staff_id)) filter (where %s) as participants
                        from mobility m where %s
                        """.formatted(MobilityStatuses.PLANNED, MobilityStatuses.COMMITTED, MobilityStatuses.COUNTED,
                        MobilityStatuses.SCOPE))
                .params(BudgetExports.scope(request)).query().singleRow();
        String scope = request.schoolId() == null ? m("exports.pdf.scopeConsortium", locale)
                : jdbc.sql("select name || ' (' || uai || ')' from school where id = :id").param("id", request.schoolId())
                        .query(String.class).single();
        String project = request.projectId() == null ? m("exports.pdf.allProjects", locale)
                : jdbc.sql("select number || ' – ' || title from project where id = :id").param("id", request.projectId())
                        .query(String.class).single();

        StringBuilder h = new StringBuilder(8192);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(locale.getLanguage()).append("\"><head><title>").append(e(m("exports.pdf.title", locale)))
                .append("</title><style>")
                .append("@page { size: A4; margin: 18mm 15mm 20mm 15mm; @bottom-right { content: counter(page) \" / \" counter(pages);")
                .append(" font-family: 'DejaVu Sans'; font-size: 8pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #222; }")
                .append("h1 { font-size: 15pt; margin: 0 0 4pt 0; color: #0b3d91; } h2 { font-size: 11pt; margin: 14pt 0 4pt 0; color: #0b3d91; }")
                .append("p { margin: 2pt 0; } table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }")
                .append("th { background: #e8eef8; font-weight: bold; text-align: left; } th, td { border: 0.5pt solid #9aa7bd; padding: 2pt 3pt; }")
                .append("table.amounts { table-layout: fixed; } col.label { width: 28%; } col.amount { width: 12%; }")
                .append("h3 { font-size: 9.5pt; margin: 10pt 0 3pt 0; }")
                .append("td.n, th.n { text-align: right; } td.n { white-space: nowrap; } tr.total td { font-weight: bold; background: #f3f5f9; }")
                .append(".figures td { border: none; padding: 1pt 8pt 1pt 0; } .muted { color: #666; }")
                .append("</style></head><body>");
        h.append("<h1>").append(e(m("exports.pdf.title", locale))).append("</h1>");
        h.append("<p><b>").append(e(m("exports.pdf.project", locale))).append("</b> ").append(e(project)).append("</p>");
        h.append("<p><b>").append(e(m("exports.pdf.scope", locale))).append("</b> ").append(e(scope)).append("</p>");
        h.append("<p class=\"muted\">").append(e(messages.getMessage("exports.pdf.prepared",
                new Object[] {date(LocalDate.now(clock), locale), preparedBy}, locale))).append("</p>");

        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (BudgetExports.SchoolLine line : schools) {
            granted = granted.add(line.granted());
            planned = planned.add(line.planned());
            committed = committed.add(line.committed());
            paid = paid.add(line.paid());
            spent = spent.add(line.spent());
        }
        h.append("<h2>").append(e(m("exports.pdf.keyFigures", locale))).append("</h2><table class=\"figures\">");
        figure(h, m("exports.pdf.mobilitiesPlanned", locale), String.valueOf(counts.get("planned")));
        figure(h, m("exports.pdf.mobilitiesCommitted", locale), String.valueOf(counts.get("committed")));
        figure(h, m("exports.pdf.participants", locale), String.valueOf(counts.get("participants")));
        figure(h, m("exports.col.committed", locale), money(committed, locale));
        figure(h, m("exports.col.paid", locale), money(paid, locale));
        figure(h, m("exports.col.spent", locale), money(spent, locale));
        figure(h, m("exports.col.committedLessSpent", locale), money(committed.subtract(spent), locale));
        h.append("</table>");

        h.append("<h2>").append(e(m("exports.kind.BUDGET_BY_SCHOOL", locale))).append("</h2>");
        h.append("<p class=\"muted\">").append(e(m("exports.pdf.m96", locale))).append("</p>");
        if (schools.isEmpty()) {
            h.append("<p>").append(e(m("exports.pdf.none", locale))).append("</p>");
        }
        Map<String, List<BudgetExports.SchoolLine>> schoolsByProject = new java.util.LinkedHashMap<>();
        schools.forEach(line -> schoolsByProject.computeIfAbsent(line.project(), k -> new ArrayList<>()).add(line));
        List<String> schoolAmounts = List.of("granted", "planned", "committed", "paid", "spent", "committedLessSpent");
        for (Map.Entry<String, List<BudgetExports.SchoolLine>> group : schoolsByProject.entrySet()) {
            if (schoolsByProject.size() > 1) {
                h.append("<h3>").append(e(group.getKey())).append("</h3>");
            }
            h.append("<table class=\"amounts\"><colgroup><col class=\"label\"/>");
            schoolAmounts.forEach(key -> h.append("<col class=\"amount\"/>"));
            h.append("</colgroup><thead><tr>");
            header(h, m("exports.col.school", locale), false);
            schoolAmounts.forEach(key -> header(h, m("exports.col." + key, locale), true));
            h.append("</tr></thead><tbody>");
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (BudgetExports.SchoolLine line : group.getValue()) {
                h.append("<tr><td>").append(e(line.school())).append("</td>");
                List<BigDecimal> amounts = List.of(line.granted(), line.planned(), line.committed(), line.paid(), line.spent(),
                        line.committedLessSpent());
                for (int i = 0; i < amounts.size(); i++) {
                    sums[i] = sums[i].add(amounts.get(i));
                    h.append("<td class=\"n\">").append(e(money(amounts.get(i), locale))).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("<tr class=\"total\"><td>").append(e(m("exports.pdf.total", locale))).append("</td>");
            for (BigDecimal amount : sums) {
                h.append("<td class=\"n\">").append(e(money(amount, locale))).append("</td>");
            }
            h.append("</tr></tbody></table>");
        }

        h.append("<h2>").append(e(m("exports.kind.BUDGET_BY_ITEM", locale))).append("</h2>");
        if (items.isEmpty()) {
            h.append("<p>").append(e(m("exports.pdf.none", locale))).append("</p>");
        }
        Map<String, List<BudgetExports.ItemLine>> itemsByProject = new java.util.LinkedHashMap<>();
        items.forEach(line -> itemsByProject.computeIfAbsent(line.project(), k -> new ArrayList<>()).add(line));
        for (Map.Entry<String, List<BudgetExports.ItemLine>> group : itemsByProject.entrySet()) {
            if (itemsByProject.size() > 1) {
                h.append("<h3>").append(e(group.getKey())).append("</h3>");
            }
            h.append("<table class=\"amounts\"><colgroup><col class=\"label\"/><col class=\"amount\"/><col class=\"amount\"/>")
                    .append("<col class=\"amount\"/><col class=\"amount\"/></colgroup><thead><tr>");
            header(h, m("exports.col.item", locale), false);
            for (String key : List.of("granted", "planned", "committed", "remaining")) {
                header(h, m("exports.col." + key, locale), true);
            }
            h.append("</tr></thead><tbody>");
            for (BudgetExports.ItemLine line : group.getValue()) {
                h.append("<tr><td>").append(e(budgets.itemLabel(line.item(), locale))).append("</td>");
                for (BigDecimal amount : java.util.Arrays.asList(line.granted(), line.planned(), line.committed(),
                        line.remaining())) {
                    h.append("<td class=\"n\">").append(amount == null ? "" : e(money(amount, locale))).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<p class=\"muted\">").append(e(m("exports.pdf.footnote", locale))).append("</p>");
        h.append("</body></html>");
        return h.toString();
    }

    private static void figure(StringBuilder h, String label, String value) {
        h.append("<tr><td>").append(e(label)).append("</td><td class=\"n\"><b>").append(e(value)).append("</b></td></tr>");
    }

    private static void header(StringBuilder h, String text, boolean numeric) {
        h.append(numeric ? "<th class=\"n\">" : "<th>").append(e(text)).append("</th>");
    }

    /** French: {@code 12 345,67 €} (no-break space); English: {@code €12,345.67}. */
    static String money(BigDecimal amount, Locale locale) {
        boolean french = !"en".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(french ? '\u00A0' : ',');
        symbols.setDecimalSeparator(french ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        String number = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        if (french) {
            return number + "\u00A0€";
        }
        return number.startsWith("-") ? "-€" + number.substring(1) : "€" + number;
    }

    static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH));
    }

    private String m(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text, "UTF-8");
    }
}

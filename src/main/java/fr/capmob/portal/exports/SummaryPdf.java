package fr.capmob.portal.exports;

import fr.capmob.portal.budget.BudgetFigures;
import fr.capmob.portal.budget.BudgetScope;
import fr.capmob.portal.budget.BudgetTables;
import fr.capmob.portal.budget.ItemBudgetLine;
import fr.capmob.portal.budget.SchoolBudgetLine;
import fr.capmob.portal.documents.PdfRenderer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The budget summary for the coordinator's report: A4 PDF in the user's language (French or English), with the
 * budget by school (EU flat-rate income and real expenditure side by side, M9.6) and by budget item, for one project
 * or every project in the user's scope. The figures are the budget module's ({@link BudgetTables}); the page is the
 * template {@value #TEMPLATE}, rendered by the documents' {@link PdfRenderer}.
 */
@Component
class SummaryPdf {

    static final String TEMPLATE = "exports/pdf/summary";

    /** How many mobilities are planned and committed (force-majeure cancellations included), and participants. */
    private static final String COUNTS = """
            select count(*) filter (where m.stage = 'PLANNED') as planned,
                   count(*) filter (where m.stage in ('COMMITTED', 'CANCELLED_FORCE_MAJEURE')) as committed,
                   count(distinct coalesce('S' || m.student_id, 'T' || m.staff_id)) filter (where m.counted) as participants
            from mobility_view m
            where (cast(:school as bigint) is null or m.sending_school_id = :school)
              and (cast(:project as bigint) is null or m.project_id = :project)
            """;

    /** One project's schools, with their totals. */
    record SchoolGroup(String project, List<SchoolBudgetLine> lines, BudgetFigures figures, BigDecimal spent) {

        static SchoolGroup of(String project, List<SchoolBudgetLine> lines) {
            return new SchoolGroup(project, lines,
                    lines.stream().map(SchoolBudgetLine::figures).reduce(BudgetFigures.ZERO, BudgetFigures::plus),
                    lines.stream().map(SchoolBudgetLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        public BigDecimal committedLessSpent() {
            return figures.committed().subtract(spent);
        }
    }

    /** One project's budget items. */
    record ItemGroup(String project, List<ItemBudgetLine> lines) {
    }

    private final BudgetTables tables;
    private final JdbcClient jdbc;
    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;

    SummaryPdf(BudgetTables tables, JdbcClient jdbc, PdfRenderer renderer, MessageSource messages, Clock clock) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    void write(ExportRequest request, String preparedBy, OutputStream out) {
        renderer.renderTemplate(TEMPLATE, variables(request, preparedBy), request.locale(), out);
    }

    Map<String, Object> variables(ExportRequest request, String preparedBy) {
        BudgetScope scope = BudgetExports.budgetScope(request);
        List<SchoolBudgetLine> schools = tables.bySchool(scope);
        SummaryFormat format = new SummaryFormat(request.locale());
        Map<String, Object> variables = new HashMap<>();
        variables.put("fmt", format);
        variables.put("project", projectLabel(request));
        variables.put("scope", scopeLabel(request));
        variables.put("preparedOn", format.date(LocalDate.now(clock)));
        variables.put("preparedBy", preparedBy);
        variables.put("counts", jdbc.sql(COUNTS).params(BudgetExports.scope(request)).query().singleRow());
        variables.put("total", SchoolGroup.of("", schools));
        variables.put("schoolGroups", byProject(schools, SchoolBudgetLine::projectNumber).entrySet().stream()
                .map(group -> SchoolGroup.of(group.getKey(), group.getValue())).toList());
        variables.put("itemGroups", byProject(tables.byItem(scope), ItemBudgetLine::projectNumber).entrySet().stream()
                .map(group -> new ItemGroup(group.getKey(), group.getValue())).toList());
        return variables;
    }

    private static <T> Map<String, List<T>> byProject(List<T> lines, Function<T, String> project) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        lines.forEach(line -> groups.computeIfAbsent(project.apply(line), k -> new ArrayList<>()).add(line));
        return groups;
    }

    private String projectLabel(ExportRequest request) {
        return request.projectId() == null ? message("exports.pdf.allProjects", request.locale())
                : jdbc.sql("select number || ' – ' || title from project where id = :id").param("id", request.projectId())
                        .query(String.class).single();
    }

    private String scopeLabel(ExportRequest request) {
        return request.schoolId() == null ? message("exports.pdf.scopeConsortium", request.locale())
                : jdbc.sql("select name || ' (' || uai || ')' from school where id = :id").param("id", request.schoolId())
                        .query(String.class).single();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package fr.capmob.portal.exports;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.ProjectOption;
import fr.capmob.portal.consortium.ProjectService;
import fr.capmob.portal.shared.NotFoundException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The exports' facade: what a user may run, the check of a request against their scope (another school's or an
 * unknown project → 404, a role without the export → 403), and the streamed writing of the file.
 */
@Service
public class ExportService {

    private final ProjectService projects;
    private final JdbcClient jdbc;
    private final BudgetExports budgets;
    private final LedgerExports ledgers;
    private final ReportingExport reporting;
    private final SummaryPdf summary;

    ExportService(ProjectService projects, JdbcClient jdbc, BudgetExports budgets, LedgerExports ledgers,
                  ReportingExport reporting, SummaryPdf summary) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.budgets = budgets;
        this.ledgers = ledgers;
        this.reporting = reporting;
        this.summary = summary;
    }

    public List<ExportKind> available(CurrentUser user) {
        return ExportKind.availableTo(user);
    }

    /** The projects the user may choose: all of them, or those of their school. */
    public List<ProjectOption> projects(CurrentUser user) {
        return projects.options(user);
    }

    /** The schools the user may choose: all of them for consortium-wide users, else their own school only. */
    public List<SchoolChoice> schools(CurrentUser user) {
        return jdbc.sql("select id, name, uai from school where cast(:school as bigint) is null or id = :school order by name, id")
                .param("school", user.seesWholeConsortium() ? null : user.schoolId())
                .query((rs, n) -> new SchoolChoice(rs.getLong("id"), rs.getString("name"), rs.getString("uai"))).list();
    }

    /**
     * Checks an export against the user's role and scope. A school-scoped user's rows are always limited to their
     * school (asking for another school answers 404); a project out of the user's scope answers 404.
     *
     * @throws MissingProjectException when the export needs a project and none was chosen
     */
    public ExportRequest resolve(CurrentUser user, ExportKind kind, ExportFormat format, CsvStyle style,
                                 boolean pseudonymised, Long projectId, Long schoolId, Locale locale) {
        if (!kind.allowedFor(user)) {
            throw new AccessDeniedException("export " + kind + " is not for " + user.role());
        }
        Long school;
        if (user.seesWholeConsortium()) {
            if (schoolId != null && jdbc.sql("select count(*) from school where id = :id").param("id", schoolId)
                    .query(Long.class).single() == 0) {
                throw new NotFoundException("school", schoolId);
            }
            school = schoolId;
        } else {
            if (schoolId != null && !schoolId.equals(user.schoolId())) {
                throw new NotFoundException("school", schoolId);
            }
            school = user.schoolId();
        }
        String projectNumber = null;
        if (projectId != null) {
            projectNumber = projectInScope(projectId, user.seesWholeConsortium() ? null : user.schoolId())
                    .orElseThrow(() -> new NotFoundException("project", projectId));
        } else if (kind.projectRequired()) {
            throw new MissingProjectException();
        }
        return new ExportRequest(kind, format == null ? ExportFormat.CSV : format, style == null ? CsvStyle.SEMICOLON : style,
                pseudonymised && kind.personalData(), projectId, projectNumber, school, locale);
    }

    private Optional<String> projectInScope(long projectId, Long school) {
        return jdbc.sql("""
                        select p.number from project p where p.id = :id
                          and (cast(:school as bigint) is null
                               or exists (select 1 from project_school ps where ps.project_id = p.id and ps.school_id = :school)
                               or exists (select 1 from mobility_view m where m.project_id = p.id and m.sending_school_id = :school))
                        """).param("id", projectId).param("school", school).query(String.class).optional();
    }

    /**
     * e.g. {@code budget-by-school-2026-11-28.csv}; the reporting file is named by its tool and says when some row
     * lacks a mandatory value: {@code mobility-tool-incomplete-2018-1-FR01-KA102-047123-2026-11-28.xlsx}.
     */
    public String fileName(ExportRequest request, LocalDate today) {
        String extension = request.kind().pdf() ? "pdf" : request.format().extension();
        String slug = request.kind() == ExportKind.BENEFICIARY_MODULE ? reporting.fileSlug(request) : request.kind().slug();
        return slug + (request.projectNumber() != null ? "-" + request.projectNumber() : "")
                + (request.pseudonymised() ? "-pseudonymised" : "") + "-" + today + "." + extension;
    }

    public String contentType(ExportRequest request) {
        return request.kind().pdf() ? "application/pdf" : request.format().contentType();
    }

    /** Writes the file to the stream, row by row, inside one read-only transaction. */
    public void write(ExportRequest request, CurrentUser user, OutputStream out) {
        if (request.kind().pdf()) {
            summary.write(request, user.displayName(), out);
            return;
        }
        try (TableWriter writer = TableWriter.of(request.format(), request.style(), request.kind().slug(), out)) {
            switch (request.kind()) {
                case BUDGET_BY_SCHOOL -> budgets.writeBySchool(request, writer);
                case BUDGET_BY_ITEM -> budgets.writeByItem(request, writer);
                case BUDGET_PER_PARTICIPANT -> budgets.writePerParticipant(request, writer);
                case PAYMENTS -> ledgers.writePayments(request, writer);
                case EXPENDITURE -> ledgers.writeExpenditure(request, writer);
                case BENEFICIARY_MODULE -> reporting.write(request, writer);
                case SUMMARY -> throw new IllegalStateException("the summary is a PDF");
            }
        }
    }
}

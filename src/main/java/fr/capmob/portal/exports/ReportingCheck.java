package fr.capmob.portal.exports;

import fr.capmob.portal.shared.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The completeness check before a reporting file is imported: every row of the project's file read with its layout's
 * rules, and per mobility every mandatory value missing or value the tool would refuse, each with the form that
 * corrects it; counts per column. The file itself is never blocked (it is named "-incomplete" while anything lacks).
 */
@Service
public class ReportingCheck {

    public static final int PAGE_SIZE = 25;
    /** The organisations' values: the school's or the host's form, depending on the direction of the activity. */
    private static final Set<SourceKey> ORGANISATIONS = EnumSet.of(SourceKey.SENDING_OID, SourceKey.SENDING_NAME,
            SourceKey.RECEIVING_OID, SourceKey.RECEIVING_PIC, SourceKey.RECEIVING_NAME);

    /** One problem of a mobility and where to correct it. */
    public record Fix(String header, ReportingProblem.Kind kind, String value, String url) {
    }

    /** A mobility with at least one problem. */
    public record MobilityProblems(long mobilityId, String reference, String participant, List<Fix> fixes) {
    }

    /** The check of one project: its layout, counts, and one page of the mobilities with problems. */
    public record Result(String projectNumber, String layout, String tool, int mobilities, int incomplete,
                         int problems, Map<String, Integer> byColumn, Page<MobilityProblems> page) {
    }

    private final ReportingLayouts layouts;
    private final ReportingRows rows;
    private final JdbcClient jdbc;

    ReportingCheck(ReportingLayouts layouts, ReportingRows rows, JdbcClient jdbc) {
        this.layouts = layouts;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** @throws NotFoundException for an unknown project */
    public Result check(long projectId, int page) {
        String number = jdbc.sql("select number from project where id = :id").param("id", projectId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("project", projectId));
        ReportingLayout layout = layouts.forProject(projectId);
        List<MobilityProblems> all = new ArrayList<>();
        Map<String, Integer> byColumn = new TreeMap<>();
        int[] counts = {0, 0};
        rows.each(projectId, null, values -> {
            counts[0]++;
            List<ReportingProblem> problems = ReportingCells.row(layout, values, false).problems();
            if (!problems.isEmpty()) {
                counts[1] += problems.size();
                problems.forEach(p -> byColumn.merge(p.header(), 1, Integer::sum));
                all.add(new MobilityProblems(values.mobilityId(), values.reference(), name(values),
                        problems.stream().map(p -> new Fix(p.header(), p.kind(), p.value(), url(p, values, projectId))).toList()));
            }
        });
        int first = Math.max(0, page) * PAGE_SIZE;
        List<MobilityProblems> shown = first >= all.size() ? List.of() : all.subList(first, Math.min(all.size(), first + PAGE_SIZE));
        return new Result(number, layout.code(), layout.tool(), counts[0], all.size(), counts[1], byColumn,
                new PageImpl<>(shown, PageRequest.of(Math.max(0, page), PAGE_SIZE), all.size()));
    }

    private static String name(ReportingValues values) {
        Object first = values.get(SourceKey.FIRST_NAME);
        Object last = values.get(SourceKey.LAST_NAME);
        return (first == null ? "" : first + " ") + (last == null ? "" : last);
    }

    /** The form that corrects a problem's value (an incoming activity's organisations: the other way round). */
    static String url(ReportingProblem problem, ReportingValues values, long projectId) {
        long mobility = values.mobilityId();
        SourceKey key = SourceKey.valueOf(problem.key());
        SourceKey.Fix fix = key.fix();
        if (values.incoming() && ORGANISATIONS.contains(key)) {
            fix = fix == SourceKey.Fix.SCHOOL ? SourceKey.Fix.HOST : SourceKey.Fix.SCHOOL;
        }
        return switch (fix) {
            case PROJECT -> "/projects/" + projectId + "/edit";
            case SCHOOL -> "/schools/" + values.schoolId() + "/edit";
            case HOST -> values.hostId() != null ? "/hosts/" + values.hostId() + "/edit" : "/mobilities/" + mobility + "/edit";
            case PARTICIPANT -> values.studentId() != null ? "/students/" + values.studentId() + "/edit"
                    : "/staff/" + values.staffId() + "/edit";
            case MOBILITY -> "/mobilities/" + mobility + "/edit";
            case REPORTING -> "/mobilities/" + mobility + "/reporting";
            case GRANT -> "/mobilities/" + mobility;
        };
    }
}

package fr.capmob.portal.consortium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The projects whose final report was submitted, with their total grant: what retention is counted from. */
@Service
@Transactional(readOnly = true)
public class ProjectFinalReports {

    /** One project with its final report date and total granted budget. */
    public record FinalReport(long projectId, String number, String title, LocalDate finalReportDate,
                              BigDecimal grantedTotal) {
    }

    private final JdbcClient jdbc;

    ProjectFinalReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FinalReport> all() {
        return jdbc.sql("""
                        select id, number, title, final_report_date, granted_travel + granted_individual_support
                               + granted_organisational_support + granted_inclusion_support + granted_exceptional_costs as total
                        from project where final_report_date is not null order by final_report_date, number""")
                .query((rs, n) -> new FinalReport(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        rs.getObject("final_report_date", LocalDate.class), rs.getBigDecimal("total")))
                .list();
    }
}

package fr.capmob.portal.privacy;

import fr.capmob.portal.consortium.ProjectFinalReports;
import fr.capmob.portal.consortium.ProjectFinalReports.FinalReport;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each project's personal data is anonymised: its final report date plus the configured number of years, or
 * else the years of the grant agreement's record-keeping rule for its total grant (the smallest ceiling that
 * applies: 3 years up to EUR 60 000, otherwise 5).
 */
@Component
public class RetentionRules {

    static final String CONFIGURED = "CONFIGURED";

    private final JdbcClient jdbc;
    private final ProjectFinalReports projects;
    private final PrivacyProperties properties;

    RetentionRules(JdbcClient jdbc, ProjectFinalReports projects, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.properties = properties;
    }

    public List<RetentionRule> rules() {
        return jdbc.sql("select code, years, max_total_grant, source from privacy_retention_rule order by years")
                .query((rs, n) -> new RetentionRule(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    public Integer configuredYears() {
        return properties.retentionYears();
    }

    /** Every project with a final report, with the day its personal data is (or was) anonymised, soonest first. */
    public List<RetentionDue> schedule() {
        List<RetentionRule> rules = rules();
        return projects.all().stream().map(project -> due(project, rules))
                .sorted(Comparator.comparing(RetentionDue::anonymiseOn)).toList();
    }

    static RetentionDue due(FinalReport project, List<RetentionRule> rules, Integer configuredYears) {
        if (configuredYears != null) {
            return new RetentionDue(project, CONFIGURED, configuredYears, project.finalReportDate().plusYears(configuredYears));
        }
        RetentionRule rule = rules.stream().filter(r -> r.appliesTo(project.grantedTotal()))
                .min(Comparator.comparing(r -> r.maxTotalGrant() == null ? java.math.BigDecimal.valueOf(Long.MAX_VALUE) : r.maxTotalGrant()))
                .orElseThrow(() -> new IllegalStateException("no retention rule applies to " + project.number()));
        return new RetentionDue(project, rule.code(), rule.years(), project.finalReportDate().plusYears(rule.years()));
    }

    private RetentionDue due(FinalReport project, List<RetentionRule> rules) {
        return due(project, rules, properties.retentionYears());
    }

    /** The projects whose day has come by {@code day}. */
    public List<RetentionDue> dueBy(LocalDate day) {
        return schedule().stream().filter(d -> !d.anonymiseOn().isAfter(day)).toList();
    }
}

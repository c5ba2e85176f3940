package fr.capmob.portal.consortium;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a project's own fields: the number's shape and its agreement with the call year, the national
 * agency and the action; the action's programme generation; the period; the granted amounts (≥ 0, cents).
 * Uniqueness of the number needs the database and is checked by {@link ProjectService}.
 */
final class ProjectRules {

    private static final Pattern AGENCY = Pattern.compile("[A-Z]{2}[0-9]{2}");
    static final int MAX_AMOUNT_DIGITS = 10;

    private ProjectRules() {
    }

    static List<RuleViolation> check(ProjectCommand project) {
        List<RuleViolation> violations = new ArrayList<>();
        checkRequired(project, violations);
        if (project.nationalAgency() != null && !project.nationalAgency().isBlank()
                && !AGENCY.matcher(project.nationalAgency()).matches()) {
            violations.add(RuleViolation.of("nationalAgency", "project.nationalAgency.format"));
        }
        if (project.callYear() != null && (project.callYear() < 2014 || project.callYear() > 2100)) {
            violations.add(RuleViolation.of("callYear", "project.callYear.range"));
        }
        checkNumber(project, violations);
        if (project.action() != null && project.generation() != null
                && project.action().generation() != project.generation()) {
            violations.add(RuleViolation.of("action", "project.action.generationMismatch", project.action().code()));
        }
        if (project.startDate() != null && project.endDate() != null
                && !project.endDate().isAfter(project.startDate())) {
            violations.add(RuleViolation.of("endDate", "project.period.order"));
        }
        if (project.finalReportDate() != null && project.endDate() != null
                && project.finalReportDate().isBefore(project.endDate())) {
            violations.add(RuleViolation.of("finalReportDate", "project.finalReport.beforeEnd"));
        }
        checkAmount("grantedTravel", project.grantedTravel(), violations);
        checkAmount("grantedIndividualSupport", project.grantedIndividualSupport(), violations);
        checkAmount("grantedOrganisationalSupport", project.grantedOrganisationalSupport(), violations);
        checkAmount("grantedInclusionSupport", project.grantedInclusionSupport(), violations);
        checkAmount("grantedExceptionalCosts", project.grantedExceptionalCosts(), violations);
        return violations;
    }

    private static void checkRequired(ProjectCommand project, List<RuleViolation> violations) {
        if (project.number() == null || project.number().isBlank()) {
            violations.add(RuleViolation.of("number", "project.number.required"));
        }
        if (project.title() == null || project.title().isBlank()) {
            violations.add(RuleViolation.of("title", "project.title.required"));
        } else if (project.title().length() > 300) {
            violations.add(RuleViolation.of("title", "project.title.tooLong"));
        }
        require(project.generation(), "generation", violations);
        require(project.callYear(), "callYear", violations);
        require(project.action(), "action", violations);
        if (project.nationalAgency() == null || project.nationalAgency().isBlank()) {
            violations.add(RuleViolation.of("nationalAgency", "project.nationalAgency.required"));
        }
        require(project.startDate(), "startDate", violations);
        require(project.endDate(), "endDate", violations);
        require(project.status(), "status", violations);
    }

    private static void require(Object value, String field, List<RuleViolation> violations) {
        if (value == null) {
            violations.add(RuleViolation.of(field, "project." + field + ".required"));
        }
    }

    private static void checkNumber(ProjectCommand project, List<RuleViolation> violations) {
        if (project.number() == null || project.number().isBlank()) {
            return;
        }
        Optional<ProjectNumber> parsed = ProjectNumber.parse(project.number());
        if (parsed.isEmpty()) {
            violations.add(RuleViolation.of("number", "project.number.format"));
            return;
        }
        ProjectNumber number = parsed.get();
        if (project.callYear() != null && number.callYear() != project.callYear()) {
            violations.add(RuleViolation.of("number", "project.number.yearMismatch",
                    String.valueOf(number.callYear()), String.valueOf(project.callYear())));
        }
        if (project.nationalAgency() != null && !number.nationalAgency().equals(project.nationalAgency())) {
            violations.add(RuleViolation.of("number", "project.number.agencyMismatch",
                    number.nationalAgency(), project.nationalAgency()));
        }
        Optional<KeyAction> action = number.action();
        if (action.isEmpty()) {
            violations.add(RuleViolation.of("number", "project.number.unknownAction", number.actionCode()));
        } else if (project.action() != null && action.get() != project.action()) {
            violations.add(RuleViolation.of("number", "project.number.actionMismatch",
                    number.actionCode(), project.action().code()));
        }
    }

    private static void checkAmount(String field, BigDecimal amount, List<RuleViolation> violations) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            violations.add(RuleViolation.of(field, "project.granted.negative"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(RuleViolation.of(field, "project.granted.cents"));
        } else if (amount.precision() - amount.scale() > MAX_AMOUNT_DIGITS) {
            violations.add(RuleViolation.of(field, "project.granted.tooLarge"));
        }
    }
}

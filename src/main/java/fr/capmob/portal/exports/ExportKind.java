package fr.capmob.portal.exports;

import fr.capmob.portal.account.CurrentUser;
import java.util.Arrays;
import java.util.List;

/**
 * Every export of the portal, with its URL slug. Who may run which (scoped by school in SQL in every case):
 * coordinators and accountants run all of them (a school accountant only over their school's rows); a school
 * referent runs only the Beneficiary Module file of their school's mobilities (to check their participants' rows
 * before the coordinator imports the consortium's file): budgets, ledgers and the summary are accounting documents.
 */
public enum ExportKind {
    BUDGET_BY_SCHOOL("budget-by-school", false, false),
    BUDGET_BY_ITEM("budget-by-item", false, false),
    BUDGET_PER_PARTICIPANT("budget-per-participant", true, false),
    PAYMENTS("payments", true, false),
    EXPENDITURE("expenditure", true, false),
    BENEFICIARY_MODULE("beneficiary-module", true, true),
    SUMMARY("summary", false, false);

    private final String slug;
    private final boolean personalData;
    private final boolean forReferents;

    ExportKind(String slug, boolean personalData, boolean forReferents) {
        this.slug = slug;
        this.personalData = personalData;
        this.forReferents = forReferents;
    }

    public String slug() {
        return slug;
    }

    /**
     * True when the export names people: participants, or the users who entered its rows (so it offers the
     * pseudonymised option, which replaces them by stable codes).
     */
    public boolean personalData() {
        return personalData;
    }

    /** True when the export is a PDF (the others are CSV or XLSX). */
    public boolean pdf() {
        return this == SUMMARY;
    }

    /** True when a project must be chosen (the Beneficiary Module file is one project's). */
    public boolean projectRequired() {
        return this == BENEFICIARY_MODULE;
    }

    public boolean allowedFor(CurrentUser user) {
        return user.isCoordinator() || user.isAccountant() || (user.isReferent() && forReferents);
    }

    public static List<ExportKind> availableTo(CurrentUser user) {
        return Arrays.stream(values()).filter(kind -> kind.allowedFor(user)).toList();
    }
}

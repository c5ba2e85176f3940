package fr.capmob.portal.budget.web;

/** The role expressions of the budget, payment and expenditure pages. */
final class BudgetRoles {

    /** Coordinators and accountants attached to no school. */
    static final String CONSORTIUM_WIDE = "hasRole('COORDINATOR') or (hasRole('ACCOUNTANT') and principal.schoolId() == null)";

    /** Coordinators and accountants (a school's accountant within their school). */
    static final String ACCOUNTING = "hasAnyRole('COORDINATOR', 'ACCOUNTANT')";

    private BudgetRoles() {
    }
}

package fr.capmob.portal.budget;

/**
 * The budget items of a KA1 VET grant agreement (the granted amounts on the project) and the column of
 * {@code mobility_view} each is read from (see {@link BudgetSql#MOBILITY_MONEY}).
 */
public enum BudgetItem {
    /** {@code budget_travel}. */
    TRAVEL,
    /** {@code budget_individual}. */
    INDIVIDUAL_SUPPORT,
    /** {@code budget_organisational}. */
    ORGANISATIONAL_SUPPORT,
    /** {@code budget_inclusion}: for the organisation and for the participant. */
    INCLUSION_SUPPORT,
    /** {@code budget_exceptional}: exceptional travel and force-majeure costs, the real costs outside the unit costs. */
    EXCEPTIONAL_COSTS
}

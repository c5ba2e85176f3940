package fr.capmob.portal.budget;

/**
 * The budget items of a KA1 VET grant agreement (the granted amounts on the project) and how each item is read
 * from a mobility's grant breakdown ({@code mobility_grant}): see {@link BudgetSql#GRANTS}.
 */
public enum BudgetItem {
    /** {@code travel_support}. */
    TRAVEL,
    /** {@code individual_support}. */
    INDIVIDUAL_SUPPORT,
    /** {@code organisational_support}. */
    ORGANISATIONAL_SUPPORT,
    /** {@code inclusion_organisation + inclusion_participant}. */
    INCLUSION_SUPPORT,
    /** {@code exceptional_travel + force_majeure_costs}: the real-cost items outside the unit costs. */
    EXCEPTIONAL_COSTS
}

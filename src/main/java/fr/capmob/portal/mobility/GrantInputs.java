package fr.capmob.portal.mobility;

import java.math.BigDecimal;

/**
 * What a user enters on a mobility only for its grant.
 *
 * @param departureCityId         gazetteer id of a departure city other than the sending school's; null = the school's
 * @param locationComment         why the participant leaves from another city (Beneficiary Module "location comments")
 * @param exceptionalTravelCost   real travel cost when exceptional travel costs are requested (80% funded), else null
 * @param inclusionRealCosts      inclusion support for the participant: real costs (participants with fewer opportunities)
 * @param inclusionJustification  what the inclusion costs pay for
 * @param zeroGrant               a zero-grant participant: no EU travel or individual support
 */
public record GrantInputs(Integer departureCityId, String locationComment, BigDecimal exceptionalTravelCost,
                          BigDecimal inclusionRealCosts, String inclusionJustification, boolean zeroGrant) {

    /** Nothing entered: departure from the school's city, unit costs only. */
    public static final GrantInputs NONE = new GrantInputs(null, null, null, null, null, false);
}

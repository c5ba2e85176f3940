package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks what a mobility's grant needs and returns it normalised: a departure city equal to the school's is no
 * different departure (no comment needed, none kept); another one needs a location comment; inclusion costs for the
 * participant only for a participant with fewer opportunities, with a justification; a zero-grant participant is
 * neither one with fewer opportunities nor asks for exceptional travel costs (Beneficiary Module: the two flags
 * exclude each other, and zero grant means no travel support).
 */
@Component
class GrantInputRules {

    private record Departure(Integer cityId, String comment) {
    }

    private record Inclusion(BigDecimal costs, String justification) {
    }

    private final JdbcClient jdbc;
    private final MobilityRules rules;

    GrantInputRules(JdbcClient jdbc, MobilityRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    GrantInputs normalised(MobilityCommand command, long schoolId) {
        GrantInputs g = command.grant();
        Departure departure = departure(g, schoolId);
        checkAmount(g.exceptionalTravelCost(), "exceptionalTravelCost");
        checkAmount(g.inclusionRealCosts(), "inclusionRealCosts");
        boolean fewer = fewerOpportunities(command.participant());
        Inclusion inclusion = inclusion(g, fewer);
        if (g.zeroGrant() && fewer) {
            throw new MobilityRuleException("zeroGrant", "grants.zeroGrant.fewerOpportunities");
        }
        if (g.zeroGrant() && g.exceptionalTravelCost() != null) {
            throw new MobilityRuleException("exceptionalTravelCost", "grants.zeroGrant.noExceptionalTravel");
        }
        return new GrantInputs(departure.cityId(), departure.comment(), g.exceptionalTravelCost(), inclusion.costs(),
                inclusion.justification(), g.zeroGrant());
    }

    private Departure departure(GrantInputs g, long schoolId) {
        Integer departure = g.departureCityId();
        if (departure == null) {
            return new Departure(null, null);
        }
        if (!rules.cityExists(departure)) {
            throw new MobilityRuleException("departureCityId", "mobility.city.unknown");
        }
        Integer schoolCity = jdbc.sql("select city_id from school where id = :id").param("id", schoolId)
                .query(Integer.class).optional().orElse(null);
        if (departure.equals(schoolCity)) {
            return new Departure(null, null);
        }
        String comment = stripped(g.locationComment());
        if (comment == null) {
            throw new MobilityRuleException("locationComment", "grants.locationComment.required");
        }
        return new Departure(departure, comment);
    }

    private static void checkAmount(BigDecimal amount, String field) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2)) {
            throw new MobilityRuleException(field, "grants.amount.invalid");
        }
    }

    private boolean fewerOpportunities(MobilityParticipant participant) {
        return participant.studentId() != null && jdbc.sql("select fewer_opportunities from student where id = :id")
                .param("id", participant.studentId()).query(Boolean.class).optional().orElse(false);
    }

    private static Inclusion inclusion(GrantInputs g, boolean fewer) {
        BigDecimal costs = g.inclusionRealCosts();
        if (costs == null || costs.signum() <= 0) {
            return new Inclusion(null, null);
        }
        if (!fewer) {
            throw new MobilityRuleException("inclusionRealCosts", "grants.inclusion.notFewerOpportunities");
        }
        String justification = stripped(g.inclusionJustification());
        if (justification == null) {
            throw new MobilityRuleException("inclusionJustification", "grants.inclusion.justificationRequired");
        }
        return new Inclusion(costs, justification);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

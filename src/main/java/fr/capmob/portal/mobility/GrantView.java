package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the detail page shows of a mobility's grant: the stored grant (null when none is stored, with the reason
 * in {@code problem}), its recomputations, and for a frozen grant the total its current inputs would give when
 * it differs from the stored one.
 *
 * @param problem      i18n key saying why no grant is stored, or null
 * @param currentTotal the total with today's inputs and the project's current table, when it differs; else null
 */
public record GrantView(MobilityGrant grant, String problem, List<GrantChange> changes, BigDecimal currentTotal,
                        boolean mayRecompute, boolean mayEnterForceMajeureCosts) {
}

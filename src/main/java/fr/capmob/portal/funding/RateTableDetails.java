package fr.capmob.portal.funding;

import java.util.List;

/** A rate-table version with its figures, each compared with the version it was made from. */
public record RateTableDetails(RateTableSummary table, List<Row> rows, List<RateItem> removed) {

    /** How a figure differs from the previous version. */
    public enum Change { SAME, CHANGED, ADDED }

    /** A figure and, when it changed, its previous value. */
    public record Row(RateItem item, Change change, String previousValue) {
    }
}

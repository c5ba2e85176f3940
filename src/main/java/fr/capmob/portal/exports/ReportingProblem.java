package fr.capmob.portal.exports;

/**
 * A value a layout needs and a mobility's row lacks (MISSING) or has in a form the tool refuses (INVALID: not in the
 * column's dictionary, or not matching its format), with the column's header and the value found.
 */
public record ReportingProblem(String header, String key, Kind kind, String value) {

    public enum Kind { MISSING, INVALID }
}

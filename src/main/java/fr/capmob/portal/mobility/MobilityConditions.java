package fr.capmob.portal.mobility;

/**
 * The SQL condition of each {@link MobilityAttention}, in ONE place, for the home pages' counts
 * ({@link MobilityWorkItems}) and the mobility list's filter ({@link MobilityQueries#search}). Each uses only the
 * alias {@code m} of the mobility table and sub-queries of its own.
 */
final class MobilityConditions {

    /**
     * A minor on departure whose papers are missing: no parental consent dated before departure (the mobility's, or the
     * student's by default) or no exit authorisation, as {@code mobility_minor_view} says.
     */
    static final String CONSENT_MISSING_OF_MINOR = """
            exists (select 1 from mobility_minor_view mv where mv.mobility_id = m.id and mv.consent_missing)""";

    /** Not cancelled and not yet left: DRAFT to CONFIRMED, departing today or later. */
    static final String BEFORE_DEPARTURE =
            "m.status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'CONFIRMED') and m.start_date >= current_date";

    /** What the grant agreement (a computed grant) and the learning agreement (host, mentor, outcomes, tasks) need. */
    static final String DOCUMENTS_INCOMPLETE = """
            (m.host_id is null or coalesce(btrim(m.mentor), '') = '' or coalesce(btrim(m.learning_outcomes), '') = ''
             or coalesce(btrim(m.tasks), '') = '' or not exists (select 1 from mobility_grant dg where dg.mobility_id = m.id))""";

    private static final String WAS_SENT_BACK =
            "exists (select 1 from mobility_transition sb where sb.mobility_id = m.id and sb.to_status = 'DRAFT')";

    private static final String HAS_REPORT_LINK = "exists (select 1 from report_link rl where rl.mobility_id = m.id)";

    private static final String NEWER_RATES = """
            exists (select 1 from mobility_grant rg join rate_table rt on rt.id = rg.rate_table_id
                    join rate_table newer on newer.generation = rt.generation and newer.call_year = rt.call_year
                         and newer.national_agency = rt.national_agency and newer.version > rt.version
                    where rg.mobility_id = m.id)""";

    private MobilityConditions() {
    }

    static String of(MobilityAttention attention) {
        return switch (attention) {
            case WAITING -> "m.status = 'SUBMITTED'";
            case SENT_BACK -> "m.status = 'DRAFT' and " + WAS_SENT_BACK;
            case DRAFT -> "m.status = 'DRAFT' and not " + WAS_SENT_BACK;
            case CONSENT_MISSING -> BEFORE_DEPARTURE + " and " + CONSENT_MISSING_OF_MINOR;
            case DOCUMENTS_MISSING -> BEFORE_DEPARTURE + " and " + DOCUMENTS_INCOMPLETE;
            case LEAVING_SOON -> "m.trip_id is not null and " + BEFORE_DEPARTURE
                    + " and m.start_date <= current_date + 30 and (" + CONSENT_MISSING_OF_MINOR + " or " + DOCUMENTS_INCOMPLETE + ")";
            case GRANT_TO_RECOMPUTE -> "m.status <> 'CANCELLED' and " + NEWER_RATES;
            case REPORT_MISSING -> "m.status = 'COMPLETED'";
            case REPORT_LINK_NOT_SENT -> "m.status = 'COMPLETED' and not " + HAS_REPORT_LINK;
            case REPORT_NOT_RETURNED -> "m.status = 'COMPLETED' and " + HAS_REPORT_LINK;
        };
    }

    /** The condition as a boolean column (for counts: {@code count(*) filter (where …)}). */
    static String filter(MobilityAttention attention) {
        return "count(*) filter (where " + of(attention) + ")";
    }
}

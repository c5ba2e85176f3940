package fr.capmob.portal.exports;

/**
 * Every value the portal can write in a reporting file (the {@code source_key} of a layout's column), with the type
 * of its portal value and the form that corrects it. A layout uses any of them, in any order, under any header: the
 * layouts are data (tables report_layout*); only a value the portal does not know yet needs a new key here.
 */
enum SourceKey {
    GRANT_AGREEMENT(Fix.PROJECT), ACTIVITY_NO(Fix.MOBILITY), ACTIVITY_TYPE(Fix.MOBILITY), LONG_TERM(Fix.REPORTING),
    PARTICIPANT_ID(Fix.PARTICIPANT), FIRST_NAME(Fix.PARTICIPANT), LAST_NAME(Fix.PARTICIPANT), BIRTH_DATE(Fix.PARTICIPANT),
    GENDER(Fix.PARTICIPANT), EMAIL(Fix.PARTICIPANT), NATIONALITY(Fix.PARTICIPANT), ACCOMPANYING(Fix.MOBILITY),
    SPECIAL_NEEDS(Fix.GRANT), FEWER_OPPORTUNITIES(Fix.PARTICIPANT), FIELD_OF_EDUCATION(Fix.PARTICIPANT),
    EQF_LEVEL(Fix.PARTICIPANT), MOBILITY_ID(Fix.MOBILITY), SENDING_OID(Fix.SCHOOL), SENDING_NAME(Fix.SCHOOL),
    RECEIVING_OID(Fix.HOST), RECEIVING_PIC(Fix.HOST), RECEIVING_NAME(Fix.HOST), SENDING_COUNTRY(Fix.GRANT),
    SENDING_CITY(Fix.GRANT), RECEIVING_COUNTRY(Fix.MOBILITY), RECEIVING_CITY(Fix.MOBILITY), DISTANCE_BAND(Fix.GRANT),
    DISTANCE_KM(Fix.GRANT), TRAVEL_GRANT(Fix.GRANT), TRAVEL_NOT_REQUIRED(Fix.REPORTING),
    LOCATION_COMMENTS(Fix.MOBILITY), MAIN_LANGUAGE(Fix.MOBILITY), LINGUISTIC_PREPARATION(Fix.MOBILITY),
    LINGUISTIC_GRANT(Fix.GRANT), GREEN_TRAVEL(Fix.MOBILITY), TRANSPORT(Fix.MOBILITY), START_DATE(Fix.MOBILITY),
    END_DATE(Fix.MOBILITY), DURATION_CALCULATED(Fix.MOBILITY), INTERRUPTION_DAYS(Fix.MOBILITY),
    INTERRUPTION_START(Fix.REPORTING), INTERRUPTION_END(Fix.REPORTING), DURATION_MOBILITY(Fix.MOBILITY),
    TRAVEL_DAYS(Fix.GRANT), NON_FUNDED_DAYS(Fix.GRANT), FUNDED_DAYS(Fix.GRANT), INDIVIDUAL_SUPPORT(Fix.GRANT),
    INDIVIDUAL_NOT_REQUIRED(Fix.REPORTING), ORGANISATIONAL_SUPPORT(Fix.GRANT), ORGANISATIONAL_NOT_REQUIRED(Fix.REPORTING),
    SPECIAL_NEEDS_SUPPORT(Fix.GRANT), SPECIAL_NEEDS_COMMENTS(Fix.GRANT), INCLUSION_ORGANISATION(Fix.GRANT),
    EXCEPTIONAL_COSTS(Fix.GRANT), EXCEPTIONAL_COMMENTS(Fix.GRANT), FORCE_MAJEURE(Fix.MOBILITY),
    FORCE_MAJEURE_COMMENTS(Fix.MOBILITY), ZERO_GRANT(Fix.MOBILITY), TOTAL_GRANT(Fix.GRANT),
    CERTIFYING_OID(Fix.SCHOOL), RECOGNITION(Fix.MOBILITY), OVERALL_COMMENTS(Fix.MOBILITY),
    REPORT_REQUESTED_ON(Fix.MOBILITY), REPORT_RECEIVED_ON(Fix.MOBILITY), DRAFT(Fix.MOBILITY);

    /** The form where a missing or wrong value of this key is corrected. */
    enum Fix { PROJECT, SCHOOL, HOST, PARTICIPANT, MOBILITY, REPORTING, GRANT }

    private final Fix fix;

    SourceKey(Fix fix) {
        this.fix = fix;
    }

    Fix fix() {
        return fix;
    }

    /** The key named by a layout's row, or null when the portal does not know it. */
    static SourceKey named(String name) {
        for (SourceKey key : values()) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }
}

package fr.capmob.portal.exports;

import static fr.capmob.portal.exports.SourceKey.*;

import fr.capmob.portal.mobility.ActivityType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * One mobility's reportable values in the portal's own terms (booleans, ISO codes, enum names, dates, exact cents),
 * by {@link SourceKey}; a layout's dictionaries and date pattern turn them into the tool's ({@link ReportingCells}).
 * Also the ids of the records whose forms correct them, and whether the activity is incoming (then the host is the
 * sending organisation and the school the receiving one).
 */
record ReportingValues(long mobilityId, String reference, boolean learner, boolean incoming, Long studentId, Long staffId,
                       Long hostId, long schoolId, Map<SourceKey, Object> values) {

    Object get(SourceKey key) {
        return values.get(key);
    }

    static ReportingValues of(ResultSet rs, ParticipantCodes codes) throws SQLException {
        Map<SourceKey, Object> v = new EnumMap<>(SourceKey.class);
        Long studentId = longOrNull(rs, "student_id");
        Long staffId = longOrNull(rs, "staff_id");
        mobility(v, rs);
        v.put(PARTICIPANT_ID, codes.of(studentId, staffId));
        participant(v, rs);
        places(v, rs);
        durations(v, rs);
        grant(v, rs);
        boolean incoming = ActivityType.valueOf(rs.getString("activity_type")).isIncoming();
        return new ReportingValues(rs.getLong("id"), rs.getString("reference"), studentId != null, incoming, studentId,
                staffId, longOrNull(rs, "host_id"), rs.getLong("sending_school_id"), v);
    }

    private static void mobility(Map<SourceKey, Object> v, ResultSet rs) throws SQLException {
        String activity = rs.getString("reported_activity");
        boolean accompanying = "ACCOMPANYING".equals(rs.getString("activity_type"));
        v.put(GRANT_AGREEMENT, rs.getString("number"));
        v.put(MOBILITY_ID, rs.getString("reference"));
        v.put(ACTIVITY_NO, activity);
        v.put(ACTIVITY_TYPE, activity);
        v.put(ACCOMPANYING, accompanying);
        v.put(LONG_TERM, rs.getBoolean("long_term") || (!accompanying && "LM_LONG_VET".equals(activity)));
        v.put(FORCE_MAJEURE, rs.getBoolean("force_majeure"));
        v.put(FORCE_MAJEURE_COMMENTS, rs.getString("force_majeure_note"));
        v.put(ZERO_GRANT, rs.getBoolean("zero_grant"));
        v.put(DRAFT, false);
        v.put(REPORT_REQUESTED_ON, rs.getObject("report_requested_on", LocalDate.class));
        v.put(REPORT_RECEIVED_ON, rs.getObject("report_received_on", LocalDate.class));
        boolean tookPlace = rs.getBoolean("took_place");
        v.put(RECOGNITION, tookPlace ? "EUROPASS" : null);
        v.put(CERTIFYING_OID, tookPlace ? rs.getString("sending_oid") : null);
    }

    private static void participant(Map<SourceKey, Object> v, ResultSet rs) throws SQLException {
        v.put(FIRST_NAME, rs.getString("first_name"));
        v.put(LAST_NAME, rs.getString("last_name"));
        v.put(BIRTH_DATE, rs.getObject("birth_date", LocalDate.class));
        v.put(GENDER, rs.getString("gender"));
        v.put(NATIONALITY, rs.getString("nationality"));
        v.put(EMAIL, rs.getString("email"));
        v.put(FEWER_OPPORTUNITIES, rs.getBoolean("fewer_opportunities"));
        v.put(FIELD_OF_EDUCATION, rs.getString("specialty"));
        v.put(EQF_LEVEL, rs.getString("qualification_level"));
    }

    /**
     * Organisations and places. An incoming activity (invited expert, hosted teacher in training) swaps the
     * organisations: the participant's organisation abroad (the mobility's host) sends, the consortium school receives;
     * its departure and destination cities are already the participant's and the school's.
     */
    private static void places(Map<SourceKey, Object> v, ResultSet rs) throws SQLException {
        boolean incoming = ActivityType.valueOf(rs.getString("activity_type")).isIncoming();
        v.put(incoming ? RECEIVING_OID : SENDING_OID, rs.getString("sending_oid"));
        v.put(incoming ? RECEIVING_NAME : SENDING_NAME, rs.getString("sending_name"));
        v.put(incoming ? SENDING_OID : RECEIVING_OID, rs.getString("receiving_oid"));
        v.put(RECEIVING_PIC, incoming ? null : rs.getString("receiving_pic"));
        v.put(incoming ? SENDING_NAME : RECEIVING_NAME, rs.getString("receiving_name"));
        v.put(SENDING_COUNTRY, rs.getString("sending_country"));
        v.put(SENDING_CITY, rs.getString("sending_city"));
        v.put(RECEIVING_COUNTRY, rs.getString("receiving_country"));
        v.put(RECEIVING_CITY, rs.getString("receiving_city"));
        v.put(MAIN_LANGUAGE, rs.getString("receiving_country"));
        v.put(LOCATION_COMMENTS, rs.getString("location_comment"));
        v.put(TRANSPORT, rs.getString("transport"));
    }

    /** Activity dates, their calendar days, interruption, travel days and the grant's funded days. */
    private static void durations(Map<SourceKey, Object> v, ResultSet rs) throws SQLException {
        LocalDate start = rs.getObject("activity_start", LocalDate.class);
        LocalDate end = rs.getObject("activity_end", LocalDate.class);
        long calculated = ChronoUnit.DAYS.between(start, end) + 1;
        long interruption = rs.getLong("interruption_days");
        v.put(START_DATE, start);
        v.put(END_DATE, end);
        v.put(DURATION_CALCULATED, calculated);
        v.put(INTERRUPTION_DAYS, interruption);
        v.put(INTERRUPTION_START, rs.getObject("interruption_start", LocalDate.class));
        v.put(INTERRUPTION_END, rs.getObject("interruption_end", LocalDate.class));
        v.put(DURATION_MOBILITY, calculated - interruption);
        Long travel = longOrNull(rs, "grant_funded_travel_days");
        Long funded = longOrNull(rs, "grant_funded_days");
        v.put(TRAVEL_DAYS, travel);
        v.put(FUNDED_DAYS, funded);
        v.put(NON_FUNDED_DAYS, funded == null || travel == null ? null
                : Math.max(0, calculated - interruption + travel - funded));
    }

    private static void grant(Map<SourceKey, Object> v, ResultSet rs) throws SQLException {
        boolean hasGrant = rs.getBoolean("has_grant");
        boolean zero = rs.getBoolean("zero_grant");
        v.put(DISTANCE_BAND, band(longOrNull(rs, "grant_band_from_km"), longOrNull(rs, "grant_band_to_km")));
        v.put(DISTANCE_KM, longOrNull(rs, "grant_distance_km"));
        v.put(GREEN_TRAVEL, hasGrant ? rs.getBoolean("grant_green_travel") : null);
        v.put(TRAVEL_GRANT, rs.getBigDecimal("travel_support"));
        v.put(INDIVIDUAL_SUPPORT, rs.getBigDecimal("individual_support"));
        v.put(ORGANISATIONAL_SUPPORT, rs.getBigDecimal("organisational_support"));
        BigDecimal inclusion = rs.getBigDecimal("inclusion_participant");
        v.put(SPECIAL_NEEDS_SUPPORT, inclusion);
        v.put(SPECIAL_NEEDS, inclusion != null && inclusion.signum() > 0);
        v.put(INCLUSION_ORGANISATION, rs.getBigDecimal("inclusion_organisation"));
        v.put(EXCEPTIONAL_COSTS, rs.getBigDecimal("exceptional_travel"));
        v.put(COURSE_FEES, rs.getBigDecimal("course_fees"));
        v.put(TOTAL_GRANT, rs.getBigDecimal("grant_total"));
        v.put(TRAVEL_NOT_REQUIRED, zero || rs.getBoolean("travel_not_required"));
        v.put(INDIVIDUAL_NOT_REQUIRED, zero || rs.getBoolean("individual_not_required"));
        v.put(ORGANISATIONAL_NOT_REQUIRED, rs.getBoolean("organisational_not_required"));
        v.put(SPECIAL_NEEDS_NOT_REQUIRED, rs.getBoolean("special_needs_not_required"));
        v.put(EXCEPTIONAL_NOT_REQUIRED, zero || rs.getBoolean("exceptional_not_required"));
    }

    /** The portal's band name: {@code 100-499}, {@code 8000+} (a layout's dictionary writes it the tool's way). */
    static String band(Long from, Long to) {
        if (from == null) {
            return null;
        }
        return to == null ? from + "+" : from + "-" + to;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

package fr.capmob.portal.exports;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.MobilityViewRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The values of one row of the Beneficiary Module file, by value code (see {@link BeneficiaryModuleExport#TYPES}),
 * from a row of its query over {@code mobility_view}: the mobility, its participant, its places and dates, its grant.
 * Grant items are rounded to the cent by the query (they are stored exact); the total is the stored total.
 */
final class BmValues {

    private BmValues() {
    }

    static Map<String, Object> of(ResultSet rs, String dataType, boolean pseudonymised, ParticipantCodes codes)
            throws SQLException {
        Map<String, Object> values = new HashMap<>(64);
        mobility(values, rs, dataType, codes);
        participant(values, rs, pseudonymised);
        placesAndDates(values, rs);
        grant(values, rs);
        return values;
    }

    private static void mobility(Map<String, Object> v, ResultSet rs, String dataType, ParticipantCodes codes)
            throws SQLException {
        ActivityType activity = MobilityViewRows.activityType(rs);
        v.put("DATA_TYPE", dataType);
        v.put("GRANT_AGREEMENT", rs.getString("number"));
        v.put("MOBILITY_ID", rs.getString("reference"));
        v.put("ACTIVITY_TYPE", activity.code());
        v.put("PARTICIPANT_KIND", activity == ActivityType.ACCOMPANYING ? "Accompanying person" : "Participant");
        v.put("PARTICIPANT_ID", codes.of(longOrNull(rs, "student_id"), longOrNull(rs, "staff_id")));
        v.put("FORCE_MAJEURE", yesNo(rs.getBoolean("force_majeure")));
        v.put("ZERO_GRANT", yesNo(rs.getBoolean("zero_grant")));
    }

    /** Name, birth date and e-mail only when not pseudonymised. */
    private static void participant(Map<String, Object> v, ResultSet rs, boolean pseudonymised) throws SQLException {
        if (!pseudonymised) {
            v.put("FIRST_NAME", rs.getString("first_name"));
            v.put("LAST_NAME", rs.getString("last_name"));
            v.put("BIRTH_DATE", rs.getObject("birth_date", LocalDate.class));
            v.put("EMAIL", rs.getString("email"));
        }
        v.put("GENDER", gender(rs.getString("gender")));
        v.put("NATIONALITY", rs.getString("nationality"));
        v.put("FEWER_OPPORTUNITIES", yesNo(rs.getBoolean("fewer_opportunities")));
        v.put("FIELD_OF_EDUCATION", rs.getString("specialty"));
        v.put("EQF_LEVEL", longOrNull(rs, "eqf_level"));
    }

    private static void placesAndDates(Map<String, Object> v, ResultSet rs) throws SQLException {
        v.put("SENDING_OID", rs.getString("sending_oid"));
        v.put("RECEIVING_OID", rs.getString("receiving_oid"));
        v.put("SENDING_COUNTRY", rs.getString("sending_country"));
        v.put("SENDING_CITY", rs.getString("sending_city"));
        v.put("RECEIVING_COUNTRY", rs.getString("receiving_country"));
        v.put("RECEIVING_CITY", rs.getString("receiving_city"));
        v.put("LOCATION_COMMENTS", rs.getString("location_comment"));
        v.put("TRANSPORT", transport(rs.getString("transport")));
        v.put("START_DATE", rs.getObject("start_date", LocalDate.class));
        v.put("END_DATE", rs.getObject("end_date", LocalDate.class));
        v.put("INTERRUPTION_DAYS", rs.getLong("interruption_days"));
    }

    /** The grant's figures: empty cells while the mobility has no grant. */
    private static void grant(Map<String, Object> v, ResultSet rs) throws SQLException {
        v.put("DISTANCE_BAND", band(longOrNull(rs, "grant_band_from_km"), longOrNull(rs, "grant_band_to_km")));
        v.put("DISTANCE_KM", longOrNull(rs, "grant_distance_km"));
        v.put("GREEN_TRAVEL", rs.getBoolean("has_grant") ? yesNo(rs.getBoolean("grant_green_travel")) : null);
        v.put("FUNDED_TRAVEL_DAYS", longOrNull(rs, "grant_funded_travel_days"));
        v.put("INDIVIDUAL_SUPPORT", rs.getBigDecimal("individual_support"));
        v.put("TRAVEL_SUPPORT", rs.getBigDecimal("travel_support"));
        v.put("EXCEPTIONAL_TRAVEL", rs.getBigDecimal("exceptional_travel"));
        v.put("INCLUSION_PARTICIPANT", rs.getBigDecimal("inclusion_participant"));
        v.put("INCLUSION_ORGANISATION", rs.getBigDecimal("inclusion_organisation"));
        v.put("ORGANISATIONAL_SUPPORT", rs.getBigDecimal("organisational_support"));
        v.put("TOTAL_GRANT", rs.getBigDecimal("grant_total"));
    }

    static String band(Long from, Long to) {
        if (from == null) {
            return null;
        }
        return to == null ? from + "+ km" : from + "-" + to + " km";
    }

    static String gender(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "F" -> "Female";
            case "M" -> "Male";
            default -> "Undefined";
        };
    }

    static String transport(String code) {
        if (code == null) {
            return null;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

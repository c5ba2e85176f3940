package fr.capmob.portal.exports;

import static fr.capmob.portal.exports.BudgetExports.localDate;
import static fr.capmob.portal.exports.BudgetExports.longOrNull;
import static fr.capmob.portal.exports.MobilityStatuses.BENEFICIARY_MODULE;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Beneficiary Module mobility file of one project: one row per mobility (statuses: see {@link MobilityStatuses}),
 * the columns and their header texts taken from the layout of the project's call year (tables bm_template and
 * bm_column: a new call's layout is data). The values are the portal's; their codes are the fixed set of
 * {@link #TYPES}. Grant items are rounded to the cent (they are stored exact); the total is the stored total.
 * Never exported: health ("needs support"), the fewer-opportunities justification, emergency contacts, notes.
 */
@Component
class BeneficiaryModuleExport {

    /** Every value code the portal can write, with its cell type. */
    static final Map<String, ColumnType> TYPES = Map.ofEntries(
            Map.entry("DATA_TYPE", ColumnType.TEXT), Map.entry("GRANT_AGREEMENT", ColumnType.TEXT),
            Map.entry("MOBILITY_ID", ColumnType.TEXT), Map.entry("ACTIVITY_TYPE", ColumnType.TEXT),
            Map.entry("PARTICIPANT_KIND", ColumnType.TEXT), Map.entry("PARTICIPANT_ID", ColumnType.TEXT),
            Map.entry("FIRST_NAME", ColumnType.TEXT), Map.entry("LAST_NAME", ColumnType.TEXT),
            Map.entry("BIRTH_DATE", ColumnType.DATE), Map.entry("GENDER", ColumnType.TEXT),
            Map.entry("NATIONALITY", ColumnType.TEXT), Map.entry("EMAIL", ColumnType.TEXT),
            Map.entry("FEWER_OPPORTUNITIES", ColumnType.TEXT), Map.entry("FIELD_OF_EDUCATION", ColumnType.TEXT),
            Map.entry("EQF_LEVEL", ColumnType.INTEGER), Map.entry("SENDING_OID", ColumnType.TEXT),
            Map.entry("RECEIVING_OID", ColumnType.TEXT), Map.entry("SENDING_COUNTRY", ColumnType.TEXT),
            Map.entry("SENDING_CITY", ColumnType.TEXT), Map.entry("RECEIVING_COUNTRY", ColumnType.TEXT),
            Map.entry("RECEIVING_CITY", ColumnType.TEXT), Map.entry("DISTANCE_BAND", ColumnType.TEXT),
            Map.entry("DISTANCE_KM", ColumnType.INTEGER), Map.entry("LOCATION_COMMENTS", ColumnType.TEXT),
            Map.entry("TRANSPORT", ColumnType.TEXT), Map.entry("GREEN_TRAVEL", ColumnType.TEXT),
            Map.entry("START_DATE", ColumnType.DATE), Map.entry("END_DATE", ColumnType.DATE),
            Map.entry("INTERRUPTION_DAYS", ColumnType.INTEGER), Map.entry("FUNDED_TRAVEL_DAYS", ColumnType.INTEGER),
            Map.entry("INDIVIDUAL_SUPPORT", ColumnType.MONEY), Map.entry("TRAVEL_SUPPORT", ColumnType.MONEY),
            Map.entry("EXCEPTIONAL_TRAVEL", ColumnType.MONEY), Map.entry("INCLUSION_PARTICIPANT", ColumnType.MONEY),
            Map.entry("INCLUSION_ORGANISATION", ColumnType.MONEY), Map.entry("ORGANISATIONAL_SUPPORT", ColumnType.MONEY),
            Map.entry("FORCE_MAJEURE", ColumnType.TEXT), Map.entry("ZERO_GRANT", ColumnType.TEXT),
            Map.entry("TOTAL_GRANT", ColumnType.MONEY));

    private static final String ROWS = """
            select m.reference, p.number, m.activity_type, m.student_id, m.staff_id,
                   coalesce(st.first_name, sf.first_name) as first_name, coalesce(st.last_name, sf.last_name) as last_name,
                   st.birth_date, st.gender, st.nationality, coalesce(st.email, sf.email) as email,
                   coalesce(st.fewer_opportunities, false) as fewer_opportunities, st.specialty, eqf.eqf_level,
                   sc.oid as sending_oid, h.oid as receiving_oid,
                   dep.country as sending_country, dep.name as sending_city,
                   dest.country as receiving_country, dest.name as receiving_city,
                   g.mobility_id as grant_id, g.band_from_km, g.band_to_km, g.distance_km, m.location_comment, m.transport,
                   g.green_travel, m.start_date, m.end_date, m.interruption_days, g.funded_travel_days,
                   round(g.individual_support, 2) as individual_support, round(g.travel_support, 2) as travel_support,
                   round(g.exceptional_travel, 2) as exceptional_travel,
                   round(g.inclusion_participant, 2) as inclusion_participant,
                   round(g.inclusion_organisation, 2) as inclusion_organisation,
                   round(g.organisational_support, 2) as organisational_support,
                   m.force_majeure, m.zero_grant, g.total
            from mobility m
            join project p on p.id = m.project_id
            join school sc on sc.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join export_eqf_level eqf on eqf.qualification_level = st.qualification_level
            left join host_organisation h on h.id = m.host_id
            left join mobility_grant g on g.mobility_id = m.id
            left join city dep on dep.id = coalesce(g.departure_city_id, m.departure_city_id, sc.city_id)
            join city dest on dest.id = m.destination_city_id
            where m.project_id = :project and (cast(:school as bigint) is null or m.sending_school_id = :school)
              and %s
            order by m.reference
            """.formatted(BENEFICIARY_MODULE);

    private final StreamingReads reads;
    private final JdbcClient jdbc;
    private final ParticipantCodes codes;

    BeneficiaryModuleExport(StreamingReads reads, JdbcClient jdbc, ParticipantCodes codes) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.codes = codes;
    }

    /** The layout for a call year: the template whose year range holds it. */
    BmLayout layout(int callYear) {
        Map<String, Object> template = jdbc.sql("""
                        select code, data_type_value from bm_template
                        where first_call_year <= :year and (last_call_year is null or last_call_year >= :year)
                        order by first_call_year desc limit 1
                        """).param("year", callYear).query().singleRow();
        String code = (String) template.get("code");
        List<BmLayout.BmColumn> columns = jdbc.sql("select code, header_text from bm_column where template = :t order by position")
                .param("t", code).query((rs, n) -> new BmLayout.BmColumn(rs.getString("code"), rs.getString("header_text")))
                .list();
        for (BmLayout.BmColumn column : columns) {
            if (!TYPES.containsKey(column.code())) {
                throw new IllegalStateException("Beneficiary Module layout " + code + " names an unknown column " + column.code());
            }
        }
        return new BmLayout(code, (String) template.get("data_type_value"), columns);
    }

    void write(ExportRequest request, TableWriter writer) {
        int callYear = jdbc.sql("select call_year from project where id = :id").param("id", request.projectId())
                .query(Integer.class).single();
        BmLayout layout = layout(callYear);
        writer.header(layout.columns().stream().map(c -> new Column(c.header(), TYPES.get(c.code()))).toList());
        boolean pseudonymised = request.pseudonymised();
        reads.each(ROWS, BudgetExports.scope(request), rs -> {
            Map<String, Object> values = values(rs, layout.dataTypeValue(), pseudonymised);
            List<Object> row = new ArrayList<>(layout.columns().size());
            for (BmLayout.BmColumn column : layout.columns()) {
                row.add(values.get(column.code()));
            }
            writer.row(row);
        });
    }

    private Map<String, Object> values(ResultSet rs, String dataType, boolean pseudonymised) throws SQLException {
        Map<String, Object> v = new HashMap<>(64);
        String activity = rs.getString("activity_type");
        boolean hasGrant = rs.getObject("grant_id") != null;
        v.put("DATA_TYPE", dataType);
        v.put("GRANT_AGREEMENT", rs.getString("number"));
        v.put("MOBILITY_ID", rs.getString("reference"));
        v.put("ACTIVITY_TYPE", activityCode(activity));
        v.put("PARTICIPANT_KIND", "ACCOMPANYING".equals(activity) ? "Accompanying person" : "Participant");
        v.put("PARTICIPANT_ID", codes.of(longOrNull(rs, "student_id"), longOrNull(rs, "staff_id")));
        if (!pseudonymised) {
            v.put("FIRST_NAME", rs.getString("first_name"));
            v.put("LAST_NAME", rs.getString("last_name"));
            v.put("BIRTH_DATE", localDate(rs, "birth_date"));
            v.put("EMAIL", rs.getString("email"));
        }
        v.put("GENDER", gender(rs.getString("gender")));
        v.put("NATIONALITY", rs.getString("nationality"));
        v.put("FEWER_OPPORTUNITIES", yesNo(rs.getBoolean("fewer_opportunities")));
        v.put("FIELD_OF_EDUCATION", rs.getString("specialty"));
        v.put("EQF_LEVEL", longOrNull(rs, "eqf_level"));
        v.put("SENDING_OID", rs.getString("sending_oid"));
        v.put("RECEIVING_OID", rs.getString("receiving_oid"));
        v.put("SENDING_COUNTRY", rs.getString("sending_country"));
        v.put("SENDING_CITY", rs.getString("sending_city"));
        v.put("RECEIVING_COUNTRY", rs.getString("receiving_country"));
        v.put("RECEIVING_CITY", rs.getString("receiving_city"));
        v.put("DISTANCE_BAND", band(longOrNull(rs, "band_from_km"), longOrNull(rs, "band_to_km")));
        v.put("DISTANCE_KM", longOrNull(rs, "distance_km"));
        v.put("LOCATION_COMMENTS", rs.getString("location_comment"));
        v.put("TRANSPORT", transport(rs.getString("transport")));
        v.put("GREEN_TRAVEL", hasGrant ? yesNo(rs.getBoolean("green_travel")) : null);
        v.put("START_DATE", localDate(rs, "start_date"));
        v.put("END_DATE", localDate(rs, "end_date"));
        v.put("INTERRUPTION_DAYS", rs.getLong("interruption_days"));
        v.put("FUNDED_TRAVEL_DAYS", longOrNull(rs, "funded_travel_days"));
        v.put("INDIVIDUAL_SUPPORT", rs.getBigDecimal("individual_support"));
        v.put("TRAVEL_SUPPORT", rs.getBigDecimal("travel_support"));
        v.put("EXCEPTIONAL_TRAVEL", rs.getBigDecimal("exceptional_travel"));
        v.put("INCLUSION_PARTICIPANT", rs.getBigDecimal("inclusion_participant"));
        v.put("INCLUSION_ORGANISATION", rs.getBigDecimal("inclusion_organisation"));
        v.put("ORGANISATIONAL_SUPPORT", rs.getBigDecimal("organisational_support"));
        v.put("FORCE_MAJEURE", yesNo(rs.getBoolean("force_majeure")));
        v.put("ZERO_GRANT", yesNo(rs.getBoolean("zero_grant")));
        BigDecimal total = rs.getBigDecimal("total");
        v.put("TOTAL_GRANT", total);
        return v;
    }

    /** The Beneficiary Module activity code (as mobility.ActivityType: the enum name with dashes; ACC-PERS). */
    static String activityCode(String activity) {
        return "ACCOMPANYING".equals(activity) ? "ACC-PERS" : activity.replace('_', '-');
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
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}

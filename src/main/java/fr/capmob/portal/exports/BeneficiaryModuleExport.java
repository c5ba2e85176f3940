package fr.capmob.portal.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Beneficiary Module mobility file of one project: one row per mobility reported to the Commission (the flag
 * {@code reportable} of the mobility module's {@code mobility_view}: approved and later, and force-majeure
 * cancellations), the columns and their header texts taken from the layout of the project's call year (tables
 * bm_template and bm_column: a new call's layout is data). The values are the portal's ({@link BmValues}); their
 * codes are the fixed set of {@link #TYPES}. Never exported: health ("needs support"), the fewer-opportunities
 * justification, emergency contacts, notes.
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
                   m.has_grant, m.grant_band_from_km, m.grant_band_to_km, m.grant_distance_km, m.location_comment,
                   m.transport, m.grant_green_travel, m.start_date, m.end_date, m.interruption_days,
                   m.grant_funded_travel_days,
                   round(m.grant_individual_support, 2) as individual_support,
                   round(m.grant_travel_support, 2) as travel_support,
                   round(m.grant_exceptional_travel, 2) as exceptional_travel,
                   round(m.grant_inclusion_participant, 2) as inclusion_participant,
                   round(m.grant_inclusion_organisation, 2) as inclusion_organisation,
                   round(m.grant_organisational_support, 2) as organisational_support,
                   m.force_majeure, m.zero_grant, m.grant_total
            from mobility_view m
            join project p on p.id = m.project_id
            join school sc on sc.id = m.sending_school_id
            left join student st on st.id = m.student_id
            left join staff_member sf on sf.id = m.staff_id
            left join export_eqf_level eqf on eqf.qualification_level = st.qualification_level
            left join host_organisation h on h.id = m.host_id
            left join city dep on dep.id = coalesce(m.grant_departure_city_id, m.departure_city_id, sc.city_id)
            join city dest on dest.id = m.destination_city_id
            where m.project_id = :project and (cast(:school as bigint) is null or m.sending_school_id = :school)
              and m.reportable
            order by m.reference
            """;

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
        Map<String, Object> scope = new HashMap<>();
        scope.put("project", request.projectId());
        scope.put("school", request.schoolId());
        reads.each(ROWS, scope, rs -> {
            Map<String, Object> values = BmValues.of(rs, layout.dataTypeValue(), pseudonymised, codes);
            List<Object> row = new ArrayList<>(layout.columns().size());
            for (BmLayout.BmColumn column : layout.columns()) {
                row.add(values.get(column.code()));
            }
            writer.row(row);
        });
    }
}

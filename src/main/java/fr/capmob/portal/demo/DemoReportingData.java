package fr.capmob.portal.demo;

import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a real consortium records for the Commission's reporting tools and the demo did not: an OID (E + 8 digits) and
 * a PIC (9 digits) for every host organisation, an e-mail for every learner (the participant report is sent there),
 * a date of birth, gender and nationality for every staff member. Written after the participants, derived from them
 * (no random draw, so the rest of the demo is unchanged): the demo's reporting files then lack no mandatory value.
 * Identifiers are fictitious (hosts E2…, PIC 94…; schools use E1…).
 */
@Component
class DemoReportingData {

    private final JdbcTemplate jdbc;

    DemoReportingData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void complete() {
        jdbc.update("""
                update host_organisation h set oid = format('E2%s', lpad((1000000 + n.rank * 173)::text, 7, '0')),
                    pic = format('94%s', lpad((3100000 + n.rank * 211)::text, 7, '0'))
                from (select id, row_number() over (order by id) as rank from host_organisation) n
                where n.id = h.id and h.oid is null and h.pic is null""");
        learnerEmails();
        staffPersonalFields();
    }

    private void learnerEmails() {
        List<Map<String, Object>> students = jdbc.queryForList(
                "select id, first_name, last_name from student where email is null order by id");
        jdbc.batchUpdate("update student set email = ? where id = ?", students.stream().map(s -> new Object[] {
                plain(s.get("first_name")) + "." + plain(s.get("last_name")) + "." + s.get("id") + "@eleves.capmob.example",
                s.get("id")}).toList());
    }

    /** Staff born 1962–1996, gender from the first name (as the demo's students), French but one in twelve. */
    private void staffPersonalFields() {
        List<Map<String, Object>> staff = jdbc.queryForList(
                "select id, first_name from staff_member where birth_date is null order by id");
        List<String> girls = DemoParticipants.WORDS.girlsFirstNames();
        List<String> others = DemoParticipants.WORDS.otherNationalities();
        jdbc.batchUpdate("update staff_member set birth_date = ?, gender = ?, nationality = ? where id = ?",
                staff.stream().map(s -> {
                    long id = ((Number) s.get("id")).longValue();
                    LocalDate birth = LocalDate.of(1962, 1, 1).plusDays((id * 7919) % (34 * 365));
                    String gender = girls.contains((String) s.get("first_name")) ? "F" : "M";
                    String nationality = id % 12 == 0 ? others.get((int) (id / 12 % others.size())) : "FR";
                    return new Object[] {Date.valueOf(birth), gender, nationality, id};
                }).toList());
    }

    private static String plain(Object name) {
        return Normalizer.normalize(String.valueOf(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}

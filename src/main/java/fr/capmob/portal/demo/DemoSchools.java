package fr.capmob.portal.demo;

import fr.capmob.portal.consortium.Uai;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 33 schools of the demo consortium ({@code demo/schools.json}): the 13 experienced ones first (the tutors), then
 * the 20 novices, all in Paris, with a valid UAI, an OID, an address and the fields and levels they teach.
 */
@Component
class DemoSchools {

    /** A school, its vocational fields (the first is its main one) and qualification levels. */
    record DemoSchool(String name, List<String> fields, List<String> levels, boolean experienced) {
    }

    static final List<DemoSchool> SCHOOLS = DemoFiles.list("schools.json", DemoSchool.class);
    /** How many of the schools, first in the list, are experienced. */
    static final int EXPERIENCED = (int) SCHOOLS.stream().filter(DemoSchool::experienced).count();

    private final JdbcTemplate jdbc;

    DemoSchools(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the schools' ids, in the order of the file */
    List<Long> insert() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SCHOOLS.size(); i++) {
            DemoSchool school = SCHOOLS.get(i);
            long id = insertSchool(i, school);
            for (String field : school.fields()) {
                jdbc.update("insert into school_field (school_id, field) values (?, ?)", id, field);
            }
            for (String level : school.levels()) {
                jdbc.update("insert into school_level (school_id, level) values (?, ?)", id, level);
            }
            ids.add(id);
        }
        return ids;
    }

    private long insertSchool(int i, DemoSchool school) {
        String uai = Uai.withCheckLetter(String.format("0750%03d", 410 + i * 7));
        String oid = String.format("E1%07d", 2_104_417 + i * 131);
        String slug = school.name().replaceAll("^(Lycée|LP) (de la |des |du |de |d')?", "")
                .toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        return jdbc.queryForObject("""
                insert into school (name, uai, oid, address, postcode, city, city_id, phone, email, experience, head_of_school, updated_by)
                values (?, ?, ?, ?, ?, 'Paris', (select min(id) from city where country = 'FR' and name = 'Paris'), ?, ?, ?, ?, 'demo')
                returning id
                """, Long.class, school.name(), uai, oid, (12 + i) + " rue de l'Exemple", "750" + String.format("%02d", 1 + i % 20),
                "01 44 " + String.format("%02d %02d %02d", 10 + i, 20 + i, 30 + i),
                "ce." + uai.toLowerCase() + "@ac-paris.fr", school.experienced() ? "EXPERIENCED" : "NOVICE",
                "Direction " + slug);
    }
}

package fr.capmob.portal.mobility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out mobility references, {@code 047193-MOB-00001}: one counter per project, locked while it is taken. */
@Component
class MobilityReferences {

    private final JdbcClient jdbc;

    MobilityReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project number's last 6 digits and the project's next counter value. */
    String next(long projectId, String projectNumber) {
        jdbc.sql("insert into mobility_counter (project_id) values (:p) on conflict (project_id) do nothing")
                .param("p", projectId).update();
        int last = jdbc.sql("select last_number from mobility_counter where project_id = :p for update")
                .param("p", projectId).query(Integer.class).single();
        int next = last + 1;
        jdbc.sql("update mobility_counter set last_number = :n where project_id = :p")
                .param("n", next).param("p", projectId).update();
        return MobilityReference.of(projectNumber, next);
    }

    /** The reference of a stored mobility. */
    String of(long mobilityId) {
        return jdbc.sql("select reference from mobility where id = :id").param("id", mobilityId).query(String.class).single();
    }
}

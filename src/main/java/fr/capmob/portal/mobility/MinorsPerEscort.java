package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A project's minors per accompanying person (the ratio the trip pages warn about), a project setting kept in
 * {@code mobility_project_setting}: 8 unless a coordinator set it (1 to 100).
 */
@Component
class MinorsPerEscort {

    static final int DEFAULT = 8;
    static final int MIN = 1;
    static final int MAX = 100;

    private final JdbcClient jdbc;

    MinorsPerEscort(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int of(long projectId) {
        return jdbc.sql("select minors_per_escort from mobility_project_setting where project_id = :p").param("p", projectId)
                .query(Integer.class).optional().orElse(DEFAULT);
    }

    /** The setting as its form shows it (the default and version 0 while never saved); 404 for an unknown project. */
    RatioSetting setting(long projectId) {
        record Project(String number, String title) {
        }
        Project project = jdbc.sql("select number, title from project where id = :p").param("p", projectId)
                .query((rs, n) -> new Project(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFoundException("project", projectId));
        record Stored(int value, long version) {
        }
        Stored stored = jdbc.sql("select minors_per_escort, version from mobility_project_setting where project_id = :p")
                .param("p", projectId).query((rs, n) -> new Stored(rs.getInt(1), rs.getLong(2))).optional()
                .orElse(new Stored(DEFAULT, 0));
        return new RatioSetting(projectId, project.number(), project.title(), stored.value(), stored.version());
    }

    /** Coordinators set it, under the version they read. */
    void save(long projectId, long version, Integer minorsPerEscort, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinators set the ratio");
        }
        setting(projectId); // 404 for an unknown project
        if (minorsPerEscort == null || minorsPerEscort < MIN || minorsPerEscort > MAX) {
            throw new MobilityRuleException("minorsPerEscort", "trip.ratio.range");
        }
        // the row exists from here on (version 0 when new), locked: a concurrent save waits, then sees the new version
        jdbc.sql("insert into mobility_project_setting (project_id) values (:p) on conflict do nothing")
                .param("p", projectId).update();
        record Stored(long version, String updatedBy, Instant updatedAt) {
        }
        Stored stored = jdbc.sql("select version, updated_by, updated_at from mobility_project_setting where project_id = :p for update")
                .param("p", projectId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).single();
        if (stored.version() != version) {
            throw new ConcurrentEditException(stored.updatedBy(), stored.updatedAt(), stored.version());
        }
        jdbc.sql("""
                        update mobility_project_setting set minors_per_escort = :v, version = version + 1,
                            updated_at = now(), updated_by = :by where project_id = :p""")
                .param("p", projectId).param("v", minorsPerEscort).param("by", user.email()).update();
    }
}

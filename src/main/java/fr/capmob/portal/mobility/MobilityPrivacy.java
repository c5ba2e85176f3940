package fr.capmob.portal.mobility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import fr.capmob.portal.shared.AuditedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy module may ask of mobilities about one participant (a student or a staff member, named by the
 * participant column): their mobilities for an export, whether they ever left, the removal of the mobilities that
 * never took place (erasure), the replacement of every free text about them (anonymisation: grants, payments and
 * the reporting rows stay), and the purge of report links used or expired.
 */
@Service
@Transactional
public class MobilityPrivacy {

    /** What replaces a free text that must be kept non-empty (a cancellation reason, a recomputation reason). */
    public static final String ANONYMISED_TEXT = "—";

    private final JdbcClient jdbc;
    private final AuditedRows audit;

    MobilityPrivacy(JdbcClient jdbc, AuditedRows audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The participant column of a mobility: {@code student_id} or {@code staff_id}. */
    public enum Participant {
        STUDENT("student_id"), STAFF("staff_id");

        private final String column;

        Participant(String column) {
            this.column = column;
        }
    }

    @Transactional(readOnly = true)
    public List<ParticipantMobilityData> mobilitiesOf(Participant who, long id) {
        return jdbc.sql("""
                        select m.id, m.reference, m.project_id, m.activity_type, m.status, m.start_date, m.end_date,
                               h.legal_name, c.name as city, c.country, m.learning_outcomes, m.tasks, m.mentor, m.notes,
                               g.total, r.improved_language, r.more_confidence, r.would_go_again, r.satisfaction, r.learned,
                               r.free_comment, r.practices, r.would_recommend, r.submitted_at,
                               l.created_at as link_created, l.used_at as link_used
                        from mobility m
                        left join host_organisation h on h.id = m.host_id
                        join city c on c.id = m.destination_city_id
                        left join mobility_grant g on g.mobility_id = m.id
                        left join participant_report r on r.mobility_id = m.id
                        left join lateral (select created_at, used_at from report_link k where k.mobility_id = m.id
                                           order by k.created_at desc limit 1) l on true
                        where m.%s = :id order by m.start_date, m.id""".formatted(who.column))
                .param("id", id).query(MobilityPrivacy::row).list();
    }

    private static ParticipantMobilityData row(ResultSet rs, int n) throws SQLException {
        ParticipantMobilityData.Report report = rs.getTimestamp("submitted_at") == null ? null
                : new ParticipantMobilityData.Report((Boolean) rs.getObject("improved_language"),
                (Boolean) rs.getObject("more_confidence"), (Boolean) rs.getObject("would_go_again"),
                rs.getObject("satisfaction") == null ? null : rs.getInt("satisfaction"), rs.getString("learned"),
                rs.getString("free_comment"), rs.getString("practices"), (Boolean) rs.getObject("would_recommend"),
                rs.getTimestamp("submitted_at").toInstant());
        return new ParticipantMobilityData(rs.getLong("id"), rs.getString("reference"), rs.getLong("project_id"),
                ActivityType.valueOf(rs.getString("activity_type")), MobilityStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("legal_name"), rs.getString("city"), rs.getString("country"),
                rs.getString("learning_outcomes"), rs.getString("tasks"), rs.getString("mentor"), rs.getString("notes"),
                rs.getBigDecimal("total"), report, instant(rs.getTimestamp("link_created")),
                instant(rs.getTimestamp("link_used")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Whether the participant ever left: a mobility in progress, completed or reported (the read side's went_abroad). */
    @Transactional(readOnly = true)
    public boolean hasTravelled(Participant who, long id) {
        return jdbc.sql("select exists (select 1 from mobility_view where %s = :id and went_abroad)".formatted(who.column))
                .param("id", id).query(Boolean.class).single();
    }

    /**
     * Deletes the participant's mobilities, none of which went abroad (their history, grant, report link go with
     * them). Returns how many. A mobility with a payment or an expenditure cannot be deleted: the database refuses.
     */
    public int deleteMobilitiesThatNeverTookPlace(Participant who, long id) {
        if (hasTravelled(who, id)) {
            throw new IllegalStateException("the participant travelled: their mobilities are kept");
        }
        idsOf(who, id).forEach(mobility -> audit.deleting("mobility", "id", mobility));
        return jdbc.sql("delete from mobility where %s = :id".formatted(who.column)).param("id", id).update();
    }

    /**
     * Replaces every free text about the participant's mobilities (learning outcomes, tasks, mentor, notes, comments,
     * reasons, report answers) and deletes their report links; dates, statuses, grants and payments stay.
     */
    public void anonymiseTexts(Participant who, long id) {
        String mine = "(select m.id from mobility m where m.%s = :id)".formatted(who.column);
        jdbc.sql("""
                update mobility set learning_outcomes = null, tasks = null, mentor = null, notes = null,
                       location_comment = null, inclusion_justification = null, force_majeure_note = null,
                       cancellation_reason = case when cancellation_reason is null then null else :text end,
                       version = version + 1, updated_at = now(), updated_by = 'privacy'
                where id in %s""".formatted(mine)).param("id", id).param("text", ANONYMISED_TEXT).update();
        jdbc.sql("update mobility_transition set comment = null where mobility_id in " + mine).param("id", id).update();
        jdbc.sql("update mobility_grant_change set reason = :text where mobility_id in " + mine)
                .param("id", id).param("text", ANONYMISED_TEXT).update();
        jdbc.sql("update participant_report set learned = null, free_comment = null, practices = null where mobility_id in "
                + mine).param("id", id).update();
        jdbc.sql("delete from report_link where mobility_id in " + mine).param("id", id).update();
        for (long mobility : idsOf(who, id)) {
            audit.changed("mobility", "id", mobility);
            audit.changed("participant_report", "mobility_id", mobility);
        }
    }

    private List<Long> idsOf(Participant who, long id) {
        return jdbc.sql("select id from mobility where %s = :id order by id".formatted(who.column)).param("id", id)
                .query(Long.class).list();
    }

    /** Deletes the report links used or expired before {@code now}; returns how many. */
    public int purgeReportLinks(Instant now) {
        return jdbc.sql("delete from report_link where used_at is not null or expires_at <= :now")
                .param("now", java.sql.Timestamp.from(now)).update();
    }

    /** The students and staff members whose every mobility belongs to one of the projects (for retention). */
    @Transactional(readOnly = true)
    public List<Long> participantsOnlyIn(Participant who, List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select %1$s from mobility where %1$s is not null group by %1$s
                        having bool_and(project_id in (:projects)) order by %1$s""".formatted(who.column))
                .param("projects", projectIds).query(Long.class).list();
    }
}

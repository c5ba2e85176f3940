package fr.capmob.portal.mobility;

import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.participant.StudentDetails;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exam results per student and diploma session: recorded by the referent of the student's school or a coordinator,
 * read within the usual scope (a student outside it does not exist: 404).
 */
@Service
@Transactional(readOnly = true)
public class ExamService {

    private final StudentService students;
    private final JdbcClient jdbc;
    private final AuditedRows audit;
    private final Clock clock;

    ExamService(StudentService students, JdbcClient jdbc, Clock clock, AuditedRows audit) {
        this.audit = audit;
        this.students = students;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this user may record results for this student (coordinator, or referent of the student's school). */
    public boolean mayRecord(long studentId, CurrentUser user) {
        StudentDetails student = students.get(studentId, user);
        return user.isCoordinator() || (user.isReferent() && user.schoolId() != null && user.schoolId() == student.schoolId());
    }

    public List<ExamResult> results(long studentId, CurrentUser user) {
        students.get(studentId, user);
        return jdbc.sql("select * from exam_result where student_id = :s order by session_date desc nulls last, id desc")
                .param("s", studentId).query((rs, n) -> row(rs)).list();
    }

    public ExamResult get(long studentId, long examId, CurrentUser user) {
        students.get(studentId, user);
        return jdbc.sql("select * from exam_result where id = :id and student_id = :s").param("id", examId)
                .param("s", studentId).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFoundException("exam result", examId));
    }

    @Transactional
    public long create(long studentId, ExamCommand command, CurrentUser user) {
        requireRecorder(studentId, user);
        long id = jdbc.sql("""
                        insert into exam_result (student_id, qualification_level, session_label, session_date, result, updated_at, updated_by)
                        values (:s, :level, :label, :date, :result, :at, :by) returning id""")
                .param("s", studentId).param("level", command.qualificationLevel().name())
                .param("label", command.sessionLabel().trim()).param("date", command.sessionDate())
                .param("result", command.result().name()).param("at", Timestamp.from(clock.instant()))
                .param("by", user.email()).query(Long.class).single();
        audit.created("exam_result", "id", id);
        return id;
    }

    @Transactional
    public void update(long studentId, long examId, long version, ExamCommand command, CurrentUser user) {
        requireRecorder(studentId, user);
        get(studentId, examId, user);
        int changed = jdbc.sql("""
                        update exam_result set qualification_level = :level, session_label = :label, session_date = :date,
                               result = :result, version = version + 1, updated_at = :at, updated_by = :by
                        where id = :id and version = :version""")
                .param("level", command.qualificationLevel().name()).param("label", command.sessionLabel().trim())
                .param("date", command.sessionDate()).param("result", command.result().name())
                .param("at", Timestamp.from(clock.instant())).param("by", user.email())
                .param("id", examId).param("version", version).update();
        if (changed == 0) {
            record Stamp(String by, Instant at, long version) {
            }
            Stamp stamp = jdbc.sql("select updated_by, updated_at, version from exam_result where id = :id").param("id", examId)
                    .query((rs, n) -> new Stamp(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getLong(3))).single();
            throw new ConcurrentEditException(stamp.by(), stamp.at(), stamp.version());
        }
        audit.changed("exam_result", "id", examId);
    }

    @Transactional
    public void delete(long studentId, long examId, CurrentUser user) {
        requireRecorder(studentId, user);
        get(studentId, examId, user);
        audit.deleting("exam_result", "id", examId);
        jdbc.sql("delete from exam_result where id = :id").param("id", examId).update();
    }

    private void requireRecorder(long studentId, CurrentUser user) {
        if (!mayRecord(studentId, user)) { // 404 first (outside the scope), then 403 for read-only roles
            throw new AccessDeniedException("read-only role");
        }
    }

    private static ExamResult row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ExamResult(rs.getLong("id"), rs.getLong("version"), rs.getLong("student_id"),
                QualificationLevel.valueOf(rs.getString("qualification_level")), rs.getString("session_label"),
                rs.getObject("session_date", LocalDate.class), ExamOutcome.valueOf(rs.getString("result")));
    }
}

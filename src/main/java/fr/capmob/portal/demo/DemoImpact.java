package fr.capmob.portal.demo;

import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.mobility.MobilityViewRows;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What CAPMOB 2.0's participants said and achieved, as its summary reports it: the learners of the reported
 * mobilities answered their report (92% improved their language skills, 86% gained self-confidence, 98% would go
 * again, all were satisfied: 4 or 5 out of 5), and every student who went abroad has an exam result (95% of the
 * bac pro and 100% of the CAP candidates passed; those who left in autumn 2020 still wait for the June 2021 session).
 * The dashboard computes its percentages from these rows; no figure is written anywhere else.
 * Reads the mobilities through the mobility module's view {@code mobility_view}; writes the reports and results
 * with plain SQL (the public report form needs a link per participant, and the loader writes demo rows directly).
 */
@Component
class DemoImpact {

    /** Shares of the CAPMOB 2.0 summary (Académie de Paris, final report of the project, 2021). */
    static final int IMPROVED_LANGUAGE_PERCENT = 92;
    static final int MORE_CONFIDENCE_PERCENT = 86;
    static final int WOULD_GO_AGAIN_PERCENT = 98;
    static final int SATISFIED_PERCENT = 100;
    static final Map<String, Integer> PASSED_PERCENT = Map.of("CAP", 100, "BAC_PRO", 95);
    /** Levels the summary says nothing of: a plausible share. */
    static final int OTHER_PASSED_PERCENT = 90;

    /** What the learners say they learned ({@code demo/report-answers.json}), in turn. */
    private static final List<String> LEARNED = DemoFiles.list("report-answers.json", String.class);

    private final JdbcTemplate jdbc;

    DemoImpact(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load() {
        Long capmob20 = jdbc.queryForObject("select min(id) from project where number = '2018-1-FR01-KA102-047193'", Long.class);
        if (capmob20 == null) {
            return;
        }
        reports(capmob20);
        exams(capmob20);
    }

    private record Reported(long mobilityId, LocalDate end) {
    }

    private void reports(long project) {
        List<Reported> reported = jdbc.query("""
                        select id, end_date from mobility_view where project_id = ? and student_id is not null and status = ?
                        order by id""",
                (rs, n) -> new Reported(rs.getLong(1), rs.getObject(2, LocalDate.class)), project,
                MobilityStatus.REPORTED.name());
        int count = reported.size();
        boolean[] language = spread(count, IMPROVED_LANGUAGE_PERCENT, 1);
        boolean[] confidence = spread(count, MORE_CONFIDENCE_PERCENT, 2);
        boolean[] again = spread(count, WOULD_GO_AGAIN_PERCENT, 3);
        boolean[] satisfied = spread(count, SATISFIED_PERCENT, 4);
        boolean[] five = spread(count, 60, 5);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Reported mobility = reported.get(i);
            int satisfaction = satisfied[i] ? (five[i] ? 5 : 4) : 3;
            rows.add(new Object[] {mobility.mobilityId(), language[i], confidence[i], again[i], satisfaction,
                    LEARNED.get(i % LEARNED.size()), i % 5 == 0 ? "en" : "fr",
                    Timestamp.from(mobility.end().plusDays(40).atTime(18, 0).toInstant(ZoneOffset.UTC))});
        }
        jdbc.batchUpdate("""
                insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                    satisfaction, learned, language, submitted_at)
                values (?, 'LEARNER', ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private record Candidate(long studentId, String level, MobilityStatus status, LocalDate start) {
    }

    /**
     * One result per student who went abroad, at the June session that follows the stay: decided for the reported
     * mobilities, pending for the autumn-2020 ones (June 2021).
     */
    private void exams(long project) {
        List<Candidate> candidates = jdbc.query("""
                        select m.student_id, st.qualification_level, m.status, m.start_date from mobility_view m
                        join student st on st.id = m.student_id
                        where m.project_id = ? and m.took_place order by m.student_id""",
                (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), MobilityViewRows.status(rs),
                        rs.getObject(4, LocalDate.class)),
                project);
        Map<String, List<Candidate>> decidedByLevel = new java.util.TreeMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.status() == MobilityStatus.COMPLETED) {
                rows.add(row(candidate, "PENDING"));
            } else {
                decidedByLevel.computeIfAbsent(candidate.level(), k -> new ArrayList<>()).add(candidate);
            }
        }
        int seed = 10;
        for (Map.Entry<String, List<Candidate>> level : decidedByLevel.entrySet()) {
            List<Candidate> students = level.getValue();
            boolean[] passed = spread(students.size(), PASSED_PERCENT.getOrDefault(level.getKey(), OTHER_PASSED_PERCENT), seed++);
            for (int i = 0; i < students.size(); i++) {
                rows.add(row(students.get(i), passed[i] ? "PASSED" : "FAILED"));
            }
        }
        jdbc.batchUpdate("""
                insert into exam_result (student_id, qualification_level, session_label, session_date, result, updated_by)
                values (?, ?, ?, ?, ?, 'demo')""", rows);
    }

    private static Object[] row(Candidate candidate, String result) {
        int year = candidate.start().getMonthValue() >= 7 ? candidate.start().getYear() + 1 : candidate.start().getYear();
        String label = switch (candidate.level()) {
            case "BAC_PRO" -> "Bac pro";
            case "CAP" -> "CAP";
            default -> candidate.level();
        } + " session de juin " + year;
        return new Object[] {candidate.studentId(), candidate.level(), label, Date.valueOf(LocalDate.of(year, 6, 20)), result};
    }

    /** {@code percent × count / 100} (rounded half up) of {@code count} answers are yes, spread by a seeded shuffle. */
    static boolean[] spread(int count, int percent, long seed) {
        long yes = (count * (long) percent + 50) / 100;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        boolean[] answers = new boolean[count];
        for (int i = 0; i < yes; i++) {
            answers[order.get(i)] = true;
        }
        return answers;
    }
}

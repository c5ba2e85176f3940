package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Participant reports: links are created by the coordinator and the referent of the sending school (mobilityA is
 * a DRAFT, so the action is refused with a message: a redirect); REFERENT_B gets 404, accountants 403. The public
 * report page answers a bogus token with the same 404 page for everyone, signed in or not.
 */
class ReportMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String exams = "/students/" + f.studentA() + "/exams";
        return List.of(
                MatrixRow.post("/mobilities/{id}/report-link", "/mobilities/" + f.mobilityA() + "/report-link")
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/trips/{id}/report-links", "/trips/" + f.tripA() + "/report-links")
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/report/{token}", "/report/bogus-token").everyoneSignedIn(NOT_FOUND)
                        .expect(ANONYMOUS, NOT_FOUND).build(),
                MatrixRow.post("/report/{token}", "/report/bogus-token")
                        .params(Map.of("practices", "x", "wouldRecommend", "true")).everyoneSignedIn(NOT_FOUND)
                        .expect(ANONYMOUS, NOT_FOUND).build(),
                // exam results of studentA (school A); no result exists in the fixture, hence 404 on a result's pages
                MatrixRow.get("/students/{id}/exams", exams).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/students/{id}/exams", "/students/" + f.studentB() + "/exams").everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/students/{id}/exams/new", exams + "/new").everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/students/{id}/exams", exams)
                        .params(Map.of("qualificationLevel", "CAP", "sessionLabel", "CAP juin 2020", "result", "PASSED"))
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/students/{id}/exams/{examId}/edit", exams + "/999999999/edit").everyoneSignedIn(NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/students/{id}/exams/{examId}", exams + "/999999999")
                        .params(Map.of("qualificationLevel", "CAP", "sessionLabel", "CAP juin 2020", "result", "PASSED"))
                        .everyoneSignedIn(NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/students/{id}/exams/{examId}/delete", exams + "/999999999/delete").everyoneSignedIn(NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build());
    }
}

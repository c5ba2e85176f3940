package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/**
 * The mobilities section of a student's page (served by the mobility module): whoever may read the student sees it
 * (within their scope), another school's referent or accountant gets 404 as on the student's page.
 */
class StudentMobilityMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/students/" + f.studentA() + "/mobilities";
        String b = "/students/" + f.studentB() + "/mobilities";
        return List.of(
                MatrixRow.get("/students/{id}/mobilities", a).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/students/{id}/mobilities", b).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/students/{id}/mobilities", "/students/999999999/mobilities").everyoneSignedIn(NOT_FOUND)
                        .build());
    }
}

package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * The impact dashboard and the exam results: every signed-in role reads them within its scope (a referent and the
 * school accountant of school A: school A only). Another school's dashboard, page or CSV, answers 404 (that a
 * referent's figures never count another school's data is checked in dashboard.DashboardFiguresTest).
 */
class DashboardMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(
                MatrixRow.get("/dashboard", "/dashboard").everyoneSignedIn(OK).build(),
                MatrixRow.get("/dashboard", "/dashboard").params(Map.of("schoolId", String.valueOf(f.schoolB())))
                        .everyoneSignedIn(OK).expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/dashboard/projects/{id}", "/dashboard/projects/" + f.projectP()).everyoneSignedIn(OK).build(),
                MatrixRow.get("/dashboard/projects/{id}", "/dashboard/projects/999999999").everyoneSignedIn(NOT_FOUND).build(),
                MatrixRow.get("/dashboard/schools/{id}", "/dashboard/schools/" + f.schoolA()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/dashboard/schools/{id}", "/dashboard/schools/" + f.schoolB()).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/dashboard.csv", "/dashboard.csv").everyoneSignedIn(OK).build(),
                MatrixRow.get("/dashboard.csv", "/dashboard.csv").params(Map.of("schoolId", String.valueOf(f.schoolA())))
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/results", "/results").everyoneSignedIn(OK).build());
    }
}

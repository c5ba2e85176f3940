package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/** Projects: everyone signed in reads the list; the detail is scoped by school; only coordinators change. */
class ProjectMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String p = "/projects/" + f.projectP();
        String q = "/projects/" + f.projectQ();
        return List.of(
                MatrixRow.get("/projects", "/projects").everyoneSignedIn(OK).build(),
                MatrixRow.get("/projects", "/projects?school=" + f.schoolB()).everyoneSignedIn(OK).build(),
                MatrixRow.get("/projects/new", "/projects/new").coordinatorOnly(OK).build(),
                MatrixRow.post("/projects", "/projects").coordinatorOnly(OK).build(),
                MatrixRow.get("/projects/{id}", p).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/projects/{id}", q).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/projects/{id}/edit", p + "/edit").coordinatorOnly(OK).build(),
                MatrixRow.post("/projects/{id}", p).coordinatorOnly(OK).build(),
                MatrixRow.post("/projects/{id}/schools", p + "/schools")
                        .params(Map.of("schoolIds", String.valueOf(f.schoolB()))).coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/projects/{id}/schools/{schoolId}/remove", p + "/schools/" + f.schoolA() + "/remove")
                        .coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/projects/{id}/delete", p + "/delete").coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/projects/{id}/delete", q + "/delete").coordinatorOnly(REDIRECT).build());
    }
}

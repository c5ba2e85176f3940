package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/** Tutoring pairs: everyone signed in reads the list; the detail is scoped by school; only coordinators change. */
class PairingMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String p = "/pairings/" + f.pairP();
        String q = "/pairings/" + f.pairQ();
        return List.of(
                MatrixRow.get("/pairings", "/pairings").everyoneSignedIn(OK).build(),
                MatrixRow.get("/pairings/new", "/pairings/new").coordinatorOnly(OK).build(),
                MatrixRow.get("/pairings/new", "/pairings/new?projectId=" + f.projectP()).coordinatorOnly(OK).build(),
                MatrixRow.post("/pairings", "/pairings").coordinatorOnly(OK).build(),
                MatrixRow.get("/pairings/{id}", p).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/pairings/{id}", q).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/pairings/{id}/edit", p + "/edit").coordinatorOnly(OK).build(),
                MatrixRow.post("/pairings/{id}", p).coordinatorOnly(OK).build(),
                MatrixRow.post("/pairings/{id}/delete", p + "/delete").coordinatorOnly(REDIRECT).build());
    }
}

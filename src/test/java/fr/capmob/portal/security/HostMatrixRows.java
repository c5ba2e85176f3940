package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/**
 * The host-organisation directory: everyone reads; coordinators and referents add; the coordinators and the
 * referents of the creating school (A) edit; coordinators delete.
 */
class HostMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String host = "/hosts/" + f.hostA();
        return List.of(
                MatrixRow.get("/hosts", "/hosts").everyoneSignedIn(OK).build(),
                MatrixRow.get("/hosts/{id}", host).everyoneSignedIn(OK).build(),
                MatrixRow.get("/hosts/{id}", "/hosts/999999999").everyoneSignedIn(NOT_FOUND).build(),
                MatrixRow.get("/hosts/new", "/hosts/new").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/hosts", "/hosts").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/hosts/dialog", "/hosts/dialog").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/hosts/dialog", "/hosts/dialog").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/hosts/{id}/edit", host + "/edit").everyoneSignedIn(FORBIDDEN)
                        .expect(COORDINATOR, OK).expect(REFERENT_A, OK).build(),
                MatrixRow.post("/hosts/{id}", host).everyoneSignedIn(FORBIDDEN)
                        .expect(COORDINATOR, OK).expect(REFERENT_A, OK).build(),
                MatrixRow.post("/hosts/{id}/delete", host + "/delete").everyoneSignedIn(FORBIDDEN)
                        .expect(COORDINATOR, REDIRECT).build());
    }
}

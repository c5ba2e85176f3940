package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/** Login, home and error pages, and the public accessibility statement. */
class CommonMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(
                MatrixRow.get("/login", "/login")
                        .expect(ANONYMOUS, OK).expect(COORDINATOR, REDIRECT).expect(REFERENT_A, REDIRECT)
                        .expect(REFERENT_B, REDIRECT).expect(SCHOOL_ACCOUNTANT, REDIRECT)
                        .expect(CONSORTIUM_ACCOUNTANT, REDIRECT).build(),
                MatrixRow.get("/", "/").everyoneSignedIn(OK).build(),
                MatrixRow.get("/accessibility", "/accessibility").everyoneSignedIn(OK).expect(ANONYMOUS, OK).build());
    }
}

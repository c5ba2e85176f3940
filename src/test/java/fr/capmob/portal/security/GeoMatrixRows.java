package fr.capmob.portal.security;

import static fr.capmob.portal.security.Outcome.OK;

import java.util.List;

/** The city picker: every signed-in user. */
class GeoMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(MatrixRow.get("/cities", "/cities?q=par").everyoneSignedIn(OK).build());
    }
}

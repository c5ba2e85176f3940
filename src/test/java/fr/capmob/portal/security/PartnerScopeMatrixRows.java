package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Tutoring partners' records (issue 15's scope fix): tripC and mobilityC belong to school C, which school A tutors in
 * project P. Only referents read a partner's records, its trips and its mobilities alike, and only read them: A's
 * referent gets the pages and PDFs and 403 on every form and action; A's school accountant gets 404, as for any
 * other school's record; B's referent (no pair with C) 404; the coordinator and the consortium accountant as always.
 */
class PartnerScopeMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String trip = "/trips/" + f.tripC();
        String mobility = "/mobilities/" + f.mobilityC();
        return List.of(
                read(MatrixRow.get("/trips/{id}", trip)),
                read(MatrixRow.get("/trips/{id}/documents/{kind}.pdf", trip + "/documents/certificate.pdf")),
                read(MatrixRow.get("/mobilities/{id}", mobility)),
                read(MatrixRow.get("/mobilities/{id}/documents/{kind}.pdf", mobility + "/documents/grant-agreement.pdf")),
                write(MatrixRow.get("/trips/{id}/edit", trip + "/edit"), OK),
                write(MatrixRow.post("/trips/{id}/edit", trip + "/edit"), OK),
                write(MatrixRow.post("/trips/{id}/participants", trip + "/participants"), REDIRECT),
                write(MatrixRow.post("/trips/{id}/bulk", trip + "/bulk").params(Map.of("to", "SUBMITTED")), REDIRECT),
                write(MatrixRow.get("/mobilities/{id}/edit", mobility + "/edit"), OK),
                write(MatrixRow.post("/mobilities/{id}", mobility), OK),
                write(MatrixRow.post("/mobilities/{id}/transitions", mobility + "/transitions")
                        .params(Map.of("to", "SUBMITTED")), REDIRECT),
                write(MatrixRow.post("/mobilities/{id}/grant-preview", mobility + "/grant-preview"), OK),
                write(MatrixRow.post("/mobilities/{id}/report-link", mobility + "/report-link"), REDIRECT));
    }

    /** A page or file of the partner's: the tutoring school's referent reads it, its accountant does not. */
    private static MatrixRow read(MatrixRow.Builder row) {
        return row.everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build();
    }

    /** A form or action on the partner's record: the coordinator's; 403 for the tutoring school's referent. */
    private static MatrixRow write(MatrixRow.Builder row, Outcome coordinator) {
        return row.everyoneSignedIn(FORBIDDEN).expect(COORDINATOR, coordinator).expect(REFERENT_B, NOT_FOUND).build();
    }
}

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
                        .expect(ANONYMOUS, NOT_FOUND).build());
    }
}

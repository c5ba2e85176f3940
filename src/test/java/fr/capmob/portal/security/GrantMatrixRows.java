package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Mobility grants: the live breakdown for whoever may edit the mobility (another school's answers 404, accountants
 * 403); recomputing a grant and entering force-majeure costs are the coordinators' (on a draft: refused, back to
 * the page).
 */
class GrantMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/mobilities/" + f.mobilityA();
        String b = "/mobilities/" + f.mobilityB();
        return List.of(
                MatrixRow.post("/mobilities/grant-preview", "/mobilities/grant-preview").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/grant-preview", a + "/grant-preview").everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/grant-preview", b + "/grant-preview").everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/grant/recompute", a + "/grant/recompute").params(Map.of("reason", "test"))
                        .coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/mobilities/{id}/force-majeure-costs", a + "/force-majeure-costs")
                        .params(Map.of("costs", "10", "note", "test")).coordinatorOnly(REDIRECT).build());
    }
}

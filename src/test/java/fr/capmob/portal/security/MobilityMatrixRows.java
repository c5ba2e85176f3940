package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Mobilities: referents create and follow their own school's (another school's answer 404), coordinators all;
 * accountants read their scope and get 403 on every form and action; the approval queue is the coordinators'.
 */
class MobilityMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/mobilities/" + f.mobilityA();
        String b = "/mobilities/" + f.mobilityB();
        return List.of(
                MatrixRow.get("/mobilities", "/mobilities").everyoneSignedIn(OK).build(),
                // the home pages' links: the list filtered on what a mobility waits for, within the user's scope
                MatrixRow.get("/mobilities", "/mobilities").params(Map.of("attention", "SENT_BACK")).everyoneSignedIn(OK).build(),
                MatrixRow.get("/mobilities/new", "/mobilities/new").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                // an empty form: shown again with its errors
                MatrixRow.post("/mobilities", "/mobilities").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/mobilities/{id}", a).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/mobilities/{id}", b).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get("/mobilities/{id}", "/mobilities/999999999").everyoneSignedIn(NOT_FOUND).build(),
                MatrixRow.get("/mobilities/{id}/edit", a + "/edit").everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/mobilities/{id}/edit", b + "/edit").everyoneSignedIn(OK).expect(REFERENT_A, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}", a).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/transitions", a + "/transitions").params(Map.of("to", "SUBMITTED"))
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/transitions", b + "/transitions").params(Map.of("to", "SUBMITTED"))
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_A, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/approvals", "/approvals").coordinatorOnly(OK).build(),
                // a trip's line opened in the queue: its submitted mobilities (none for tripA), an unknown trip 404
                MatrixRow.get("/approvals/trips/{tripId}", "/approvals/trips/" + f.tripA()).coordinatorOnly(OK).build(),
                MatrixRow.get("/approvals/trips/{tripId}", "/approvals/trips/999999999").coordinatorOnly(NOT_FOUND).build(),
                // nothing chosen: nothing approved, back to the queue
                MatrixRow.post("/approvals/approve", "/approvals/approve").coordinatorOnly(REDIRECT).build());
    }
}

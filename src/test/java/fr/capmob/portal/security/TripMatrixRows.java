package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Group trips: tripA belongs to school A in project P (pair: A tutors C); REFERENT_B (other school) gets 404,
 * accountants read their scope and get 403 on forms and actions.
 */
class TripMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/trips/" + f.tripA();
        return List.of(
                MatrixRow.get("/trips", "/trips").everyoneSignedIn(OK).build(),
                MatrixRow.get("/timeline", "/timeline?month=2019-03").everyoneSignedIn(OK).build(),
                MatrixRow.get("/trips/new", "/trips/new").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/trips", "/trips").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/trips/{id}", a).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/trips/{id}", "/trips/999999999").everyoneSignedIn(NOT_FOUND).build(),
                MatrixRow.post("/trips/{id}/participants", a + "/participants").everyoneSignedIn(REDIRECT)
                        .expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/trips/{id}/bulk", a + "/bulk").params(Map.of("to", "SUBMITTED")).everyoneSignedIn(REDIRECT)
                        .expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                // edit: the trip's managers; another school's referent does not see it; accountants read only
                MatrixRow.get("/trips/{id}/edit", a + "/edit").everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/trips/{id}/edit", "/trips/999999999/edit").everyoneSignedIn(NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                // an empty form: shown again with its messages (200), nothing saved
                MatrixRow.post("/trips/{id}/edit", a + "/edit").everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                // the project's minors per accompanying person: coordinators only
                MatrixRow.get("/trips/settings/{projectId}", "/trips/settings/" + f.projectP()).coordinatorOnly(OK).build(),
                MatrixRow.get("/trips/settings/{projectId}", "/trips/settings/999999999").coordinatorOnly(NOT_FOUND).build(),
                MatrixRow.post("/trips/settings/{projectId}", "/trips/settings/" + f.projectP()).coordinatorOnly(OK).build());
    }
}

package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.Map;
import java.util.List;

/**
 * A mobility's trip and a minor's papers (issue 12): the coordinator and the referents of the mobility's school join,
 * move, leave and record (a refusal comes back to the mobility's page: a redirect too); another school's referent
 * gets 404, the referent of a tutoring partner (who reads the mobility) 403, accountants 403. The form's hint is
 * for those who create mobilities; a new mobility prefilled from a trip needs a trip the user manages.
 */
class MinorTripMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/mobilities/" + f.mobilityA();
        String c = "/mobilities/" + f.mobilityC();
        Map<String, String> join = Map.of("tripId", String.valueOf(f.tripA()), "version", "0");
        return List.of(
                MatrixRow.post("/mobilities/{id}/trip", a + "/trip").params(join).everyoneSignedIn(REDIRECT)
                        .expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/trip", c + "/trip").params(join).everyoneSignedIn(REDIRECT)
                        .expect(REFERENT_A, FORBIDDEN).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/trip/leave", a + "/trip/leave").params(Map.of("version", "0"))
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/minor-consent", a + "/minor-consent")
                        .params(Map.of("version", "0", "parentalConsentDate", "2019-01-10"))
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/minor-consent", c + "/minor-consent").params(Map.of("version", "0"))
                        .everyoneSignedIn(REDIRECT).expect(REFERENT_A, FORBIDDEN).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/mobilities/form/hint", "/mobilities/form/hint?projectId=" + f.projectP() + "&studentId="
                                + f.studentA() + "&startDate=2019-03-04&endDate=2019-03-18&hostId=" + f.hostA())
                        .everyoneSignedIn(OK).expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN)
                        .build(),
                MatrixRow.get("/mobilities/new", "/mobilities/new?tripId=" + f.tripA() + "&studentId=" + f.studentA())
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/mobilities/new", "/mobilities/new?tripId=" + f.tripC())
                        .everyoneSignedIn(OK).expect(REFERENT_A, FORBIDDEN).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build());
    }
}

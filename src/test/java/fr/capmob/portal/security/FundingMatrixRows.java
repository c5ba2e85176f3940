package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Rate tables: coordinators and accountants read them, coordinators save a new version. The calculator: every
 * signed-in user, for a project in their scope (project Q belongs to schools B and D: not REFERENT_A's or the school
 * accountant's). Table 2 is the seeded FR01 2018 table (V11_2 inserts the seeded tables in order).
 */
class FundingMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String table = "/funding/rates/2";
        String calculation = "/funding/calculator?activity=LEARNER&departureCityId=" + f.cityParis() + "&destinationCityId="
                + f.cityParis() + "&start=2019-03-04&end=2019-03-17&travelDays=2&interruptionDays=0&participantNumber=1&projectId=";
        return List.of(
                readers(MatrixRow.get("/funding/rates", "/funding/rates"), OK),
                readers(MatrixRow.get("/funding/rates/{id}", table), OK),
                readers(MatrixRow.get("/funding/rates/{id}", "/funding/rates/999999999"), NOT_FOUND),
                MatrixRow.get("/funding/rates/{id}/new-version", table + "/new-version").coordinatorOnly(OK).build(),
                MatrixRow.post("/funding/rates/{id}/new-version", table + "/new-version")
                        .params(Map.of("comment", "Matrix check", "items[0].key", "DAILY_RATE:G1.STAFF", "items[0].value", "113",
                                "items[0].source", "Grant agreement"))
                        .coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/funding/rates/{id}/projects", table + "/projects")
                        .params(Map.of("projectId", String.valueOf(f.projectP()))).coordinatorOnly(REDIRECT).build(),
                MatrixRow.get("/funding/calculator", "/funding/calculator").everyoneSignedIn(OK).build(),
                MatrixRow.get("/funding/calculator", calculation + f.projectP()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/funding/calculator", calculation + f.projectQ()).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build());
    }

    private static MatrixRow readers(MatrixRow.Builder builder, Outcome outcome) {
        return builder.everyoneSignedIn(outcome).expect(REFERENT_A, FORBIDDEN).expect(REFERENT_B, FORBIDDEN).build();
    }
}

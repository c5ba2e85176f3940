package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * The schools of the registry. On school A (own school of REFERENT_A and SCHOOL_ACCOUNTANT) and on school B
 * (own school of REFERENT_B): a referent or school accountant gets 404 on any other school.
 */
class SchoolMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/schools/" + f.schoolA();
        String b = "/schools/" + f.schoolB();
        String c = "/schools/" + f.schoolC();
        Map<String, String> contact = Map.of("version", "0", "address", "2 rue du Matrix", "postcode", "75011",
                "cityId", String.valueOf(f.cityParis()), "email", "matrix@ac-paris.fr");
        return List.of(
                MatrixRow.get("/schools", "/schools").everyoneSignedIn(OK).build(),
                MatrixRow.get("/schools", "/schools?q=matrix&experience=EXPERIENCED&level=CAP&sort=city&dir=desc")
                        .everyoneSignedIn(OK).build(),
                MatrixRow.get("/schools/new", "/schools/new").coordinatorOnly(OK).build(),
                // no parameters: the form is shown again with its errors
                MatrixRow.post("/schools", "/schools").coordinatorOnly(OK).build(),

                MatrixRow.get("/schools/{id}", a).expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, OK).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, OK)
                        .expect(CONSORTIUM_ACCOUNTANT, OK).build(),
                MatrixRow.get("/schools/{id}", b).expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(REFERENT_B, OK).expect(SCHOOL_ACCOUNTANT, NOT_FOUND)
                        .expect(CONSORTIUM_ACCOUNTANT, OK).build(),
                // C is A's tutoring partner: still another school, so still 404 for A's referent
                MatrixRow.get("/schools/{id}", c).expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND)
                        .expect(CONSORTIUM_ACCOUNTANT, OK).build(),

                MatrixRow.get("/schools/{id}/edit", a + "/edit").expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, OK).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/schools/{id}/edit", b + "/edit").expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(REFERENT_B, OK).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),

                // contact details only: the coordinator's form lacks name and UAI (shown again), a referent's is saved
                MatrixRow.post("/schools/{id}", a).params(contact).expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, REDIRECT).expect(REFERENT_B, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/schools/{id}", b).params(contact).expect(ANONYMOUS, LOGIN).expect(COORDINATOR, OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(REFERENT_B, REDIRECT).expect(SCHOOL_ACCOUNTANT, FORBIDDEN)
                        .expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),

                // A has users, a project and a pair: the coordinator is sent back to its page with the refusal
                MatrixRow.post("/schools/{id}/delete", a + "/delete").coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/schools/{id}/delete", b + "/delete").coordinatorOnly(REDIRECT).build());
    }
}

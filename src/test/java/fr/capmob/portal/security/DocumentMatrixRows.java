package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/**
 * Documents: whoever may see a mobility (or a trip) may print its documents; another school's answer 404. mobilityA
 * has no grant yet, so its grant agreement is the page that lists what is missing (200); tripA has no participant,
 * so its combined PDF is the one page that says so (200).
 */
class DocumentMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String pattern = "/mobilities/{id}/documents/{kind}.pdf";
        String trips = "/trips/{id}/documents/{kind}.pdf";
        return List.of(
                MatrixRow.get(pattern, "/mobilities/" + f.mobilityA() + "/documents/grant-agreement.pdf")
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(pattern, "/mobilities/" + f.mobilityA() + "/documents/europass.pdf?language=en")
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(pattern, "/mobilities/" + f.mobilityB() + "/documents/learning-agreement.pdf")
                        .everyoneSignedIn(OK).expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get(pattern, "/mobilities/999999999/documents/certificate.pdf").everyoneSignedIn(NOT_FOUND).build(),
                MatrixRow.get(trips, "/trips/" + f.tripA() + "/documents/certificate.pdf")
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(trips, "/trips/999999999/documents/grant-agreement.pdf").everyoneSignedIn(NOT_FOUND).build());
    }
}

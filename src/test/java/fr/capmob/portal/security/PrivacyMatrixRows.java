package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Data protection: a person's privacy page, exports, erasure and anonymisation, the request register and the
 * retention schedule are the coordinators' (every other role 403); the processing register is for every signed-in
 * user; the privacy notice is public (linked from the anonymous report form). Each request runs in a transaction
 * rolled back, so the anonymisations tried here leave nothing.
 */
class PrivacyMatrixRows implements MatrixRows {

    private static final String PAGE = "/privacy/{subject:students|staff|users}/{id}";

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        List<MatrixRow> rows = new ArrayList<>(List.of(
                MatrixRow.get("/privacy", "/privacy").everyoneSignedIn(OK).build(),
                MatrixRow.get("/privacy-notice", "/privacy-notice").everyoneSignedIn(OK).expect(ANONYMOUS, OK).build(),
                MatrixRow.get("/privacy/requests", "/privacy/requests").coordinatorOnly(OK).build(),
                MatrixRow.get("/privacy/requests", "/privacy/requests?action=ANONYMISATION&page=3").coordinatorOnly(OK).build(),
                MatrixRow.get("/privacy/retention", "/privacy/retention").coordinatorOnly(OK).build()));
        for (String person : List.of("/privacy/students/" + f.studentA(), "/privacy/students/" + f.studentB(),
                "/privacy/staff/" + f.staffA(), "/privacy/users/" + f.userReferentA())) {
            rows.add(MatrixRow.get(PAGE, person).coordinatorOnly(OK).build());
            rows.add(MatrixRow.get(PAGE + "/export.pdf", person + "/export.pdf").coordinatorOnly(OK).build());
            rows.add(MatrixRow.get(PAGE + "/export.json", person + "/export.json").coordinatorOnly(OK).build());
            // without the confirmation box: the page comes back with its message, nothing changed
            rows.add(MatrixRow.post(PAGE + "/anonymise", person + "/anonymise").coordinatorOnly(OK).build());
            rows.add(MatrixRow.post(PAGE + "/erase", person + "/erase").coordinatorOnly(OK).build());
        }
        String confirmed = "/privacy/staff/" + f.staffA() + "/anonymise";
        rows.add(MatrixRow.post(PAGE + "/anonymise", confirmed).params(Map.of("confirm", "true"))
                .coordinatorOnly(REDIRECT).build());
        rows.add(MatrixRow.get(PAGE, "/privacy/students/999999999").coordinatorOnly(NOT_FOUND).build());
        rows.add(MatrixRow.get(PAGE + "/export.json", "/privacy/users/999999999/export.json").coordinatorOnly(NOT_FOUND).build());
        rows.add(MatrixRow.post(PAGE + "/anonymise", "/privacy/students/999999999/anonymise")
                .params(Map.of("confirm", "true")).coordinatorOnly(NOT_FOUND).build());
        return rows;
    }
}

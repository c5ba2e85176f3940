package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Students and staff: referents manage their own school's (another school's answer 404), coordinators every
 * school's, accountants read their scope (the school accountant: school A only) and get 403 on every form.
 */
class ParticipantMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        List<MatrixRow> rows = new ArrayList<>();
        rows.addAll(area("/students", "/students/" + f.studentA(), "/students/" + f.studentB()));
        rows.addAll(area("/staff", "/staff/" + f.staffA(), null));
        return rows;
    }

    /** The rows of one area; {@code recordA} belongs to school A, {@code recordB} (optional) to school B. */
    private static List<MatrixRow> area(String base, String recordA, String recordB) {
        List<MatrixRow> rows = new ArrayList<>(List.of(
                MatrixRow.get(base, base).everyoneSignedIn(OK).build(),
                MatrixRow.get(base + "/new", base + "/new").everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                // an empty form: shown again with its errors
                MatrixRow.post(base, base).everyoneSignedIn(OK)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get(base + "/{id}", recordA).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(base + "/{id}", base + "/999999999").everyoneSignedIn(NOT_FOUND).build(),
                MatrixRow.get(base + "/{id}/edit", recordA + "/edit").everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get(base + "/{id}/edit", base + "/999999999/edit").everyoneSignedIn(NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post(base + "/{id}", recordA).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post(base + "/{id}/delete", recordA + "/delete").everyoneSignedIn(REDIRECT).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build()));
        if (recordB != null) {
            rows.add(MatrixRow.get(base + "/{id}", recordB).everyoneSignedIn(OK)
                    .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build());
            rows.add(MatrixRow.get(base + "/{id}/edit", recordB + "/edit").everyoneSignedIn(OK).expect(REFERENT_A, NOT_FOUND)
                    .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build());
            rows.add(MatrixRow.post(base + "/{id}/delete", recordB + "/delete").everyoneSignedIn(REDIRECT).expect(REFERENT_A, NOT_FOUND)
                    .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build());
        }
        return rows;
    }
}

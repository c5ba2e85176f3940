package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Reporting to the Commission: the completeness check is the coordinators' (403 for everyone else, 404 for an
 * unknown project); a mobility's reporting details are for coordinators and the referents of its school (another
 * school's referent 404, accountants 403). The POST sends an incomplete interruption period: the form comes back.
 */
class ReportingMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String a = "/mobilities/" + f.mobilityA() + "/reporting";
        return List.of(
                MatrixRow.get("/exports/reporting", "/exports/reporting").coordinatorOnly(OK).build(),
                MatrixRow.get("/exports/reporting", "/exports/reporting?project=" + f.projectP()).coordinatorOnly(OK).build(),
                MatrixRow.get("/exports/reporting", "/exports/reporting?project=999999999").coordinatorOnly(NOT_FOUND).build(),
                MatrixRow.get("/mobilities/{id}/reporting", a).everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.get("/mobilities/{id}/reporting", "/mobilities/999999999/reporting").everyoneSignedIn(NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build(),
                MatrixRow.post("/mobilities/{id}/reporting", a).params(Map.of("version", "0", "interruptionStart", "2019-01-01"))
                        .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND)
                        .expect(SCHOOL_ACCOUNTANT, FORBIDDEN).expect(CONSORTIUM_ACCOUNTANT, FORBIDDEN).build());
    }
}

package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;

/**
 * The audit trail: the search is the coordinators'; a record's history is read by whoever reads the record among
 * coordinators and the record's school (REFERENT_B gets 404 on school A's records), users', hosts' and projects'
 * histories by coordinators only, an expenditure's by coordinators and accountants (referents never read ledgers).
 */
class AuditMatrixRows implements MatrixRows {

    private static final String HISTORY = "/audit/history/{record}/{id}";

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(
                MatrixRow.get("/audit", "/audit").coordinatorOnly(OK).build(),
                MatrixRow.get("/audit", "/audit?who=x&record=STUDENT&from=2020-01-01&to=2030-12-31").coordinatorOnly(OK).build(),
                MatrixRow.get(HISTORY, "/audit/history/student/" + f.studentA()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(HISTORY, "/audit/history/student/" + f.studentB()).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                MatrixRow.get(HISTORY, "/audit/history/staff/" + f.staffA()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(HISTORY, "/audit/history/mobility/" + f.mobilityA()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get(HISTORY, "/audit/history/user/" + f.userReferentA()).coordinatorOnly(OK).build(),
                MatrixRow.get(HISTORY, "/audit/history/host/" + f.hostA()).coordinatorOnly(OK).build(),
                MatrixRow.get(HISTORY, "/audit/history/project/" + f.projectP()).coordinatorOnly(OK).build(),
                MatrixRow.get(HISTORY, "/audit/history/expenditure/999999999").everyoneSignedIn(NOT_FOUND)
                        .expect(COORDINATOR, OK).expect(REFERENT_A, FORBIDDEN).expect(REFERENT_B, FORBIDDEN).build(),
                MatrixRow.get(HISTORY, "/audit/history/nothing/1").everyoneSignedIn(NOT_FOUND).build());
    }
}

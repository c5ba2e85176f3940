package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports: coordinators and referents upload (a POST without a file shows the form again with its message);
 * accountants are refused. A batch belongs to its uploader only: anybody else's (here: nobody's) id is a 404.
 * Own-school and other-school batches are covered in imports/ImportPagesTest.
 */
class ImportMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        List<MatrixRow> rows = new ArrayList<>();
        for (String kind : List.of("students", "staff", "hosts")) {
            rows.add(managers(MatrixRow.get("/imports/{kind}", "/imports/" + kind), OK));
            rows.add(managers(MatrixRow.get("/imports/{kind}/template.csv", "/imports/" + kind + "/template.csv"), OK));
            rows.add(managers(MatrixRow.post("/imports/{kind}", "/imports/" + kind), OK));
        }
        rows.add(managers(MatrixRow.get("/imports/{kind}", "/imports/unknown"), NOT_FOUND));
        rows.add(MatrixRow.get("/imports/too-large", "/imports/too-large").everyoneSignedIn(OK).build());
        String batch = "/imports/batches/" + UUID.randomUUID();
        rows.add(managers(MatrixRow.get("/imports/batches/{id}", batch), NOT_FOUND));
        rows.add(managers(MatrixRow.post("/imports/batches/{id}/confirm", batch + "/confirm"), NOT_FOUND));
        return rows;
    }

    private static MatrixRow managers(MatrixRow.Builder row, Outcome outcome) {
        return row.everyoneSignedIn(FORBIDDEN).expect(COORDINATOR, outcome).expect(REFERENT_A, outcome)
                .expect(REFERENT_B, outcome).build();
    }
}

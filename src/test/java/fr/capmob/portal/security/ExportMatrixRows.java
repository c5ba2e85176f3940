package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Exports: the page for every signed-in user; budgets, ledgers and the PDF summary for coordinators and accountants
 * (referents 403); the Beneficiary Module file also for referents, of their own school. Project P has schools A and C,
 * Q has B and D: a school-scoped user asking for Q, or for school B, gets 404.
 */
class ExportMatrixRows implements MatrixRows {

    private static final String PATTERN = "/exports/{kind}";

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        List<MatrixRow> rows = new ArrayList<>();
        rows.add(MatrixRow.get("/exports", "/exports").everyoneSignedIn(OK).build());
        for (String kind : List.of("budget-by-school", "budget-by-item", "budget-per-participant", "payments", "expenditure",
                "summary")) {
            rows.add(accounting(MatrixRow.get(PATTERN, "/exports/" + kind), OK, OK));
            rows.add(accounting(MatrixRow.get(PATTERN, "/exports/" + kind + "?project=" + f.projectP() + "&format=xlsx"), OK, OK));
            rows.add(accounting(MatrixRow.get(PATTERN, "/exports/" + kind + "?project=" + f.projectQ()), OK, NOT_FOUND));
            rows.add(accounting(MatrixRow.get(PATTERN, "/exports/" + kind + "?school=" + f.schoolB() + "&separator=comma"),
                    OK, NOT_FOUND));
        }
        rows.add(MatrixRow.get(PATTERN, "/exports/beneficiary-module?project=" + f.projectP() + "&format=csv")
                .everyoneSignedIn(OK).expect(REFERENT_B, NOT_FOUND).build());
        rows.add(MatrixRow.get(PATTERN, "/exports/beneficiary-module?project=" + f.projectQ() + "&format=xlsx&pseudonymised=true")
                .everyoneSignedIn(OK).expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build());
        rows.add(MatrixRow.get(PATTERN, "/exports/beneficiary-module?project=" + f.projectP() + "&school=" + f.schoolB())
                .everyoneSignedIn(OK).expect(REFERENT_A, NOT_FOUND).expect(REFERENT_B, NOT_FOUND)
                .expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build());
        rows.add(MatrixRow.get(PATTERN, "/exports/beneficiary-module?project=999999999")
                .everyoneSignedIn(NOT_FOUND).build());
        rows.add(MatrixRow.get(PATTERN, "/exports/beneficiary-module").everyoneSignedIn(REDIRECT).build());
        rows.add(MatrixRow.get(PATTERN, "/exports/no-such-export").everyoneSignedIn(NOT_FOUND).build());
        return rows;
    }

    /** Coordinator and consortium accountant → {@code wide}; school accountant → {@code school}; referents → 403. */
    private static MatrixRow accounting(MatrixRow.Builder builder, Outcome wide, Outcome school) {
        return builder.everyoneSignedIn(wide).expect(SCHOOL_ACCOUNTANT, school).expect(REFERENT_A, FORBIDDEN)
                .expect(REFERENT_B, FORBIDDEN).build();
    }
}

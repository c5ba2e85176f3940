package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/**
 * Budgets, payments, expenditure, M9.6. The consortium overview and project budgets are for coordinators and the
 * consortium accountant (a school's referent or accountant is sent to their school's budget); a school's budget is
 * read by its referents and accountant too (another school's: 404); payments, expenditure and M9.6 are for
 * coordinators and accountants (referents: 403), a school's accountant within their school (another school's
 * mobility: 404). Allocations are the coordinators'. The fixture's mobilities are drafts without a grant: a payment
 * for one is refused before confirmation, so the form comes back with its message (200). Amounts to recover and
 * the due lists (the accountants' work) are for coordinators and accountants.
 */
class BudgetMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String project = "/budget/projects/" + f.projectP();
        Map<String, String> paymentB = Map.of("mobilityId", String.valueOf(f.mobilityB()), "kind", "ADVANCE",
                "paidOn", "2019-03-01", "amount", "100,00", "method", "TRANSFER");
        return List.of(
                MatrixRow.get("/budget", "/budget").everyoneSignedIn(REDIRECT)
                        .expect(COORDINATOR, OK).expect(CONSORTIUM_ACCOUNTANT, OK).build(),
                consortiumWide(MatrixRow.get("/budget/projects/{id}", project), OK),
                consortiumWide(MatrixRow.get("/budget/projects/{id}", "/budget/projects/999999999"), NOT_FOUND),
                // no share: the form comes back with its message
                MatrixRow.post("/budget/projects/{id}/allocations", project + "/allocations").coordinatorOnly(OK).build(),
                consortiumWide(MatrixRow.get("/budget/projects/{id}/payment-state", project + "/payment-state"), OK),
                // no status: the page comes back with its message
                MatrixRow.post("/budget/projects/{id}/payment-state", project + "/payment-state").coordinatorOnly(OK).build(),
                MatrixRow.get("/budget/schools/{id}", "/budget/schools/" + f.schoolA()).everyoneSignedIn(OK)
                        .expect(REFERENT_B, NOT_FOUND).build(),
                MatrixRow.get("/budget/schools/{id}", "/budget/schools/" + f.schoolB()).everyoneSignedIn(OK)
                        .expect(REFERENT_A, NOT_FOUND).expect(SCHOOL_ACCOUNTANT, NOT_FOUND).build(),
                accounting(MatrixRow.get("/budget/m96", "/budget/m96"), OK),

                accounting(MatrixRow.get("/payments", "/payments"), OK),
                accounting(MatrixRow.get("/payments", "/payments?mobility=" + f.mobilityB()), REDIRECT)
                        .expectAlso(SCHOOL_ACCOUNTANT, NOT_FOUND),
                accounting(MatrixRow.get("/payments/new", "/payments/new"), OK),
                accounting(MatrixRow.get("/payments/new", "/payments/new?mobility=" + f.mobilityA()), OK),
                accounting(MatrixRow.get("/payments/new", "/payments/new?mobility=" + f.mobilityB()), OK)
                        .expectAlso(SCHOOL_ACCOUNTANT, NOT_FOUND),
                // the chooser's search (and its htmx type-ahead): scoped in SQL, another school's mobility is not found
                accounting(MatrixRow.get("/payments/new", "/payments/new?q=MOB"), OK),
                accounting(MatrixRow.post("/payments", "/payments"), OK),
                accounting(MatrixRow.post("/payments", "/payments").params(paymentB), OK)
                        .expectAlso(SCHOOL_ACCOUNTANT, NOT_FOUND),
                accounting(MatrixRow.get("/payments/mobilities/{id}", "/payments/mobilities/" + f.mobilityA()), OK),
                accounting(MatrixRow.get("/payments/mobilities/{id}", "/payments/mobilities/" + f.mobilityB()), OK)
                        .expectAlso(SCHOOL_ACCOUNTANT, NOT_FOUND),
                accounting(MatrixRow.get("/payments/{id}/correction", "/payments/999999999/correction"), NOT_FOUND),
                accounting(MatrixRow.post("/payments/{id}/correction", "/payments/999999999/correction"), NOT_FOUND),
                accounting(MatrixRow.get("/payments/recoveries", "/payments/recoveries?state=OPEN"), OK),
                accounting(MatrixRow.get("/payments/recoveries/{id}", "/payments/recoveries/999999999"), NOT_FOUND),
                accounting(MatrixRow.post("/payments/recoveries/{id}/receipts", "/payments/recoveries/999999999/receipts"),
                        NOT_FOUND),
                accounting(MatrixRow.post("/payments/recoveries/{id}/write-off", "/payments/recoveries/999999999/write-off"),
                        NOT_FOUND),
                accounting(MatrixRow.get("/payments/due", "/payments/due?what=ADVANCES"), OK),
                accounting(MatrixRow.get("/payments/due", "/payments/due?what=INVOICES"), OK),

                accounting(MatrixRow.get("/expenditure", "/expenditure"), OK),
                accounting(MatrixRow.get("/expenditure/new", "/expenditure/new"), OK),
                // the form's trip type-ahead (a school's accountant finds their school's trips only)
                accounting(MatrixRow.get("/expenditure/pickers/trips", "/expenditure/pickers/trips?q=a"), OK),
                accounting(MatrixRow.post("/expenditure", "/expenditure"), OK),
                accounting(MatrixRow.get("/expenditure/{id}/edit", "/expenditure/999999999/edit"), NOT_FOUND),
                accounting(MatrixRow.post("/expenditure/{id}", "/expenditure/999999999"), NOT_FOUND))
                .stream().map(BudgetMatrixRows::build).toList();
    }

    /** Coordinators and accountants get {@code outcome}; referents 403. */
    private static Row accounting(MatrixRow.Builder builder, Outcome outcome) {
        return new Row(builder.everyoneSignedIn(outcome).expect(REFERENT_A, FORBIDDEN).expect(REFERENT_B, FORBIDDEN));
    }

    private static Row consortiumWide(MatrixRow.Builder builder, Outcome outcome) {
        return new Row(builder.everyoneSignedIn(FORBIDDEN).expect(COORDINATOR, outcome).expect(CONSORTIUM_ACCOUNTANT, outcome));
    }

    private static MatrixRow build(Object row) {
        return row instanceof Row r ? r.builder().build() : (MatrixRow) row;
    }

    private record Row(MatrixRow.Builder builder) {
        Row expectAlso(Actor actor, Outcome outcome) {
            builder.expect(actor, outcome);
            return this;
        }
    }
}

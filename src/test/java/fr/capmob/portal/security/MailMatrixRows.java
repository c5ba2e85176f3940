package fr.capmob.portal.security;

import java.util.List;

/**
 * E-mail: the outbox page (sent, waiting, failed) and the resend of a failed message are the coordinators' (every
 * other role 403). The demo mailbox exists only under {@code ./mvnw spring-boot:run}, not in the tests' context.
 */
class MailMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(
                MatrixRow.get("/mail", "/mail").coordinatorOnly(Outcome.OK).build(),
                MatrixRow.get("/mail", "/mail?status=FAILED&recipient=a%25&page=3").coordinatorOnly(Outcome.OK).build(),
                MatrixRow.get("/mail", "/mail?status=NOPE").coordinatorOnly(Outcome.OK).build(),
                MatrixRow.post("/mail/{id}/resend", "/mail/999999999/resend").coordinatorOnly(Outcome.NOT_FOUND).build());
    }
}

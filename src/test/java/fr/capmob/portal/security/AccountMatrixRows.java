package fr.capmob.portal.security;

import static fr.capmob.portal.security.Actor.*;
import static fr.capmob.portal.security.Outcome.*;

import java.util.List;
import java.util.Map;

/** User management (coordinators only) and passwords (every signed-in user; the one-time link without sign-in). */
class AccountMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        String userA = "/users/" + f.userReferentA();
        String userB = "/users/" + f.userReferentB();
        return List.of(
                MatrixRow.get("/users", "/users").coordinatorOnly(OK).build(),
                MatrixRow.get("/users", "/users?q=matrix&role=SCHOOL_REFERENT&active=true&sort=email&dir=desc")
                        .coordinatorOnly(OK).build(),
                MatrixRow.get("/users/new", "/users/new").coordinatorOnly(OK).build(),
                // empty form: shown again with its messages
                MatrixRow.post("/users", "/users").coordinatorOnly(OK).build(),
                MatrixRow.get("/users/{id}", userA).coordinatorOnly(OK).build(),
                // a referent cannot open even their own user record
                MatrixRow.get("/users/{id}", userB).coordinatorOnly(OK).build(),
                MatrixRow.get("/users/{id}/edit", userA).coordinatorOnly(OK).build(),
                MatrixRow.post("/users/{id}", userA).coordinatorOnly(OK).build(),
                MatrixRow.post("/users/{id}", userA).params(Map.of("email", "matrix.renamed@test.capmob.fr",
                        "displayName", "Renamed", "role", "ACCOUNTANT", "preferredLanguage", "en", "version", "0"))
                        .coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/users/{id}/deactivate", userA + "/deactivate").coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/users/{id}/activate", userA + "/activate").coordinatorOnly(REDIRECT).build(),
                MatrixRow.post("/users/{id}/password-link", userA + "/password-link").coordinatorOnly(REDIRECT).build(),
                MatrixRow.get("/users/{id}", "/users/999999999").coordinatorOnly(NOT_FOUND).build(),
                MatrixRow.get("/account/password", "/account/password").everyoneSignedIn(OK).build(),
                // empty form: shown again with its messages, nothing changed
                MatrixRow.post("/account/password", "/account/password").everyoneSignedIn(OK).build(),
                // each user's own notification choices: no id in the address, nobody else's to reach
                MatrixRow.get("/account/notifications", "/account/notifications").everyoneSignedIn(OK).build(),
                // no choice sent: shown again with a message beside every kind, nothing changed
                MatrixRow.post("/account/notifications", "/account/notifications").everyoneSignedIn(OK).build(),
                everyone(MatrixRow.get("/account/set-password/{token}", "/account/set-password/bogus-token"), NOT_FOUND),
                everyone(MatrixRow.post("/account/set-password/{token}", "/account/set-password/bogus-token")
                        .params(Map.of("password", "Une phrase assez longue", "confirmation", "Une phrase assez longue")),
                        NOT_FOUND));
    }

    private static MatrixRow everyone(MatrixRow.Builder builder, Outcome outcome) {
        for (Actor actor : Actor.values()) {
            builder.expect(actor, outcome);
        }
        return builder.build();
    }
}

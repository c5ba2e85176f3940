package fr.capmob.portal.security;

import static fr.capmob.portal.security.Outcome.LOGIN;

import java.util.List;

/**
 * The 429 sign-in page is rendered only when the sign-in's failure handler forwards a throttled attempt to it
 * ({@code SignInThrottleTest}); asked for directly, by anyone, it sends to the sign-in page.
 */
class SignInThrottleMatrixRows implements MatrixRows {

    @Override
    public List<MatrixRow> rows(MatrixFixture f) {
        return List.of(
                MatrixRow.get("/login/throttled", "/login/throttled").everyoneSignedIn(LOGIN).build(),
                MatrixRow.post("/login/throttled", "/login/throttled").everyoneSignedIn(LOGIN).build());
    }
}

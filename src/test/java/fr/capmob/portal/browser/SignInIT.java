package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in and out in a real browser, in French and English, and the lock-out after five wrong passwords. */
class SignInIT extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void aUserSignsInAndOutInFrenchThenEnglish() throws Exception {
        String email = data.user("Nadia Referente", Role.SCHOOL_REFERENT, data.school("LP Browser " + TestData.unique()));
        open("/login");
        assertThat(find("h1").getText()).isEqualTo("Connexion");
        screenshot("login-fr");
        signIn(email, TestData.PASSWORD);
        assertThat(find("h1").getText()).contains("Bonjour Nadia Referente");
        open("/?lang=en");
        assertThat(find("h1").getText()).contains("Hello Nadia Referente");
        screenshot("home-en");
        signOut();
        assertThat(find("#login-logout").getText()).isEqualTo("You are signed out.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() throws Exception {
        String email = data.user("Locked Person", Role.ACCOUNTANT, null);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(email, "not the right password " + attempt);
            if (attempt < 5) {
                assertThat(find("#login-error").getText()).isEqualTo("Adresse électronique ou mot de passe incorrect.");
            }
        }
        signIn(email, TestData.PASSWORD);
        assertThat(find("#login-locked").getText()).contains("bloqué pendant 15 minutes");
        screenshot("login-locked-fr");
    }
}

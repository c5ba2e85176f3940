package fr.capmob.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first coordinator: created only on an empty database, only from configuration, never with a default. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    private static final String PASSWORD = "Premier-Coordinateur-2026";

    @Test
    void createsTheCoordinatorOnAnEmptyDatabaseAndLogsIt(CapturedOutput output) {
        emptyDatabase();
        String email = "Premiere.Coordination." + TestData.unique() + "@capmob.fr";

        boolean created = new BootstrapAdmin(accounts, new BootstrapAdminProperties(email, PASSWORD))
                .createFirstCoordinatorIfNeeded();

        assertThat(created).isTrue();
        var row = jdbc.queryForMap("select role, school_id, active, password_hash from app_user where email = ?",
                email.toLowerCase());
        assertThat(row.get("role")).isEqualTo("COORDINATOR");
        assertThat(row.get("school_id")).isNull();
        assertThat(encoder.matches(PASSWORD, (String) row.get("password_hash"))).isTrue();
        assertThat(output).contains("first coordinator " + email.toLowerCase() + " created").doesNotContain(PASSWORD);
    }

    @Test
    void doesNothingWhenUsersExist(CapturedOutput output) {
        jdbc.update("insert into app_user (email, display_name, role) values (?, 'X', 'ACCOUNTANT')",
                "someone." + TestData.unique() + "@capmob.fr");
        String email = "other." + TestData.unique() + "@capmob.fr";

        boolean created = new BootstrapAdmin(accounts, new BootstrapAdminProperties(email, PASSWORD))
                .createFirstCoordinatorIfNeeded();

        assertThat(created).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void withoutConfigurationWarnsHowToCreateTheFirstCoordinator(CapturedOutput output) {
        emptyDatabase();

        boolean created = new BootstrapAdmin(accounts, new BootstrapAdminProperties("", ""))
                .createFirstCoordinatorIfNeeded();

        assertThat(created).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
        assertThat(output).contains("PORTAL_BOOTSTRAP_ADMIN_EMAIL").contains("PORTAL_BOOTSTRAP_ADMIN_PASSWORD");
    }

    @Test
    void refusesAWeakBootstrapPassword(CapturedOutput output) {
        emptyDatabase();

        boolean created = new BootstrapAdmin(accounts, new BootstrapAdminProperties("admin@capmob.fr", "azerty123456"))
                .createFirstCoordinatorIfNeeded();

        assertThat(created).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
        assertThat(output).contains("NOT created").doesNotContain("azerty123456");
    }

    @Test
    void refusesSomethingThatIsNotAnEmail(CapturedOutput output) {
        emptyDatabase();

        boolean created = new BootstrapAdmin(accounts, new BootstrapAdminProperties("admin", PASSWORD))
                .createFirstCoordinatorIfNeeded();

        assertThat(created).isFalse();
        assertThat(output).contains("NOT created");
    }

    /** Rolled back at the end of the test, like everything else. */
    private void emptyDatabase() {
        jdbc.update("delete from app_user");
    }
}

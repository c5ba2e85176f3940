package fr.capmob.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The expenditure form picks its trip with a type-ahead ({@code /expenditure/pickers/trips}) instead of a select of
 * every trip: at most 20 answers, a school's accountant finds only their school's trips, and the form lists none.
 */
@PortalTest
class ExpenditureTripPickerTest {

    private static final Pattern OPTION = Pattern.compile("data-picker-option");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void tripsAreSearchedWithinTheUsersScope() throws Exception {
        String run = TestData.unique();
        long own = data.school("LP Trip Own " + run);
        long other = data.school("LP Trip Other " + run);
        long project = data.project("Trips " + run, own, other);
        long host = data.host("Host trips " + run, null);
        for (int i = 0; i < 22; i++) {
            rename(data.trip(project, own, host), "Voyage " + run + " own " + i);
        }
        rename(data.trip(project, other, host), "Voyage " + run + " other");
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, own));

        String all = body(get("/expenditure/pickers/trips").param("q", "voyage " + run).with(user(coordinator)));
        assertThat(OPTION.matcher(all).results().count()).isEqualTo(20);
        assertThat(body(get("/expenditure/pickers/trips").param("q", "Voyage " + run + " other").with(user(coordinator))))
                .contains("Voyage " + run + " other — LP Trip Other " + run);
        assertThat(body(get("/expenditure/pickers/trips").param("q", "Voyage " + run + " other").with(user(accountant))))
                .as("another school's trip").doesNotContain("data-picker-option");
        assertThat(body(get("/expenditure/new").with(user(coordinator)))).doesNotContain("Voyage " + run)
                .contains("/expenditure/pickers/trips");
    }

    private void rename(long trip, String name) {
        jdbc.sql("update trip set name = :name where id = :id").param("name", name).param("id", trip).update();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

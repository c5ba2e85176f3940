package fr.capmob.portal.consortium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.StatementCounting;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The shared school type-ahead: at most 20 schools, every school for the consortium's users, only their own for
 * the others; the expenditure form that uses it keeps its bytes and statements with 3 or 300 more schools.
 */
@PortalTest
@Import(StatementCounting.class)
class SchoolPickerTest {

    private static final Pattern OPTION = Pattern.compile("data-picker-option");

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void theExpenditureFormDoesNotListTheSchools() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Expense " + run);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        MockHttpServletRequestBuilder form = get("/expenditure/new").with(user(coordinator));
        MockHttpServletRequestBuilder again = get("/expenditure/new").param("schoolId", String.valueOf(school)).with(user(coordinator));
        size(form);
        int[] fewBytes = new int[1];
        int fewStatements = StatementCounting.count(() -> fewBytes[0] = size(form));
        for (int i = 0; i < 300; i++) {
            data.school("LP Expense More " + run + " " + i);
        }
        int[] manyBytes = new int[1];
        int manyStatements = StatementCounting.count(() -> manyBytes[0] = size(form));
        assertThat(manyStatements).isEqualTo(fewStatements);
        assertThat(manyBytes[0]).isBetween(fewBytes[0] - 100, fewBytes[0] + 100);
        System.out.println("[expenditure form] statements " + fewStatements + " bytes " + fewBytes[0] + " / " + manyBytes[0]);

        String more = body(get("/schools/picker").param("q", "lp expense more " + run).with(user(coordinator)));
        assertThat(OPTION.matcher(more).results().count()).isEqualTo(20);
        assertThat(more).contains("Les 20 premiers résultats");
        assertThat(body(get("/schools/picker").param("q", "LP Expense " + run).with(user(coordinator))))
                .contains("LP Expense " + run + " (");
        assertThat(size(again)).isPositive();
    }

    @Test
    void aSchoolUserFindsOnlyTheirOwnSchool() throws Exception {
        String run = TestData.unique();
        long own = data.school("LP Own " + run);
        data.school("LP Other " + run);
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, own));
        CurrentUser accountant = data.principal(data.user("Accountant", Role.ACCOUNTANT, null));

        assertThat(body(get("/schools/picker").param("q", run).with(user(referent))))
                .contains("LP Own " + run).doesNotContain("LP Other " + run);
        assertThat(body(get("/schools/picker").param("q", "LP Other " + run).param("lang", "en").with(user(referent))))
                .contains("Nothing matches").doesNotContain("data-picker-option");
        assertThat(body(get("/schools/picker").param("q", run).with(user(accountant))))
                .as("a consortium accountant sees every school").contains("LP Own " + run).contains("LP Other " + run);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int size(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray().length;
    }
}

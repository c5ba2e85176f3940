package fr.capmob.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list counts its rows only up to {@link SearchSql#COUNT_WINDOW} past the page: below, the exact number; above,
 * "more than" that, with the next pages still reachable; far enough on, the exact number again.
 */
@PortalTest
class CountedListsTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestData data;

    private Page<Integer> numbers(int upTo, int page) {
        return SearchSql.from(" from generate_series(1, :upTo) g(n)").param("upTo", upTo)
                .page(jdbc, "select n", "n", PageRequest.of(page, 25), (rs, i) -> rs.getInt(1));
    }

    @Test
    void aListCountedUpToItsBoundSaysMoreThanAndKeepsItsNextPages() {
        Page<Integer> small = numbers(1025, 0);
        assertThat(small).isNotInstanceOf(CountedPage.class);
        assertThat(small.getTotalElements()).isEqualTo(1025);

        Page<Integer> large = numbers(3000, 0);
        assertThat(large).isInstanceOf(CountedPage.class);
        // 25 rows of the page + 1,000 more counted: more than 1,025
        assertThat(((CountedPage<Integer>) large).moreThan()).isEqualTo(1025);
        assertThat(large.getContent()).hasSize(25).startsWith(1, 2);
        assertThat(large.hasNext()).isTrue();

        // the page's rows turned into others (labels read afterwards) keep the bound
        Page<String> relabelled = CountedPage.withContent(large, large.getContent().stream().map(n -> "n" + n).toList());
        assertThat(relabelled).isInstanceOf(CountedPage.class).startsWith("n1");
        assertThat(((CountedPage<String>) relabelled).moreThan()).isEqualTo(1025);
        assertThat(CountedPage.withContent(small, List.of("a")).getTotalElements()).isEqualTo(1025);

        Page<Integer> middle = numbers(3000, 60);
        assertThat(((CountedPage<Integer>) middle).moreThan()).as("page 61: rows 1,501–1,525, then 1,000").isEqualTo(2525);
        assertThat(middle.getContent()).startsWith(1501);

        Page<Integer> nearTheEnd = numbers(3000, 100);
        assertThat(nearTheEnd).as("within 1,000 rows of the end: counted").isNotInstanceOf(CountedPage.class);
        assertThat(nearTheEnd.getTotalElements()).isEqualTo(3000);

        Page<Integer> beyond = numbers(3000, 500);
        assertThat(beyond.getNumber()).as("a page beyond the last is the last").isEqualTo(119);
        assertThat(beyond.getContent()).endsWith(3000);
    }

    @Test
    void theListPageSaysMoreThanAndOffersNoLastPage() throws Exception {
        String run = TestData.unique();
        long school = data.school("LP Counted " + run);
        jdbc.sql("""
                insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name, role)
                select :school, 'Counted' || n, 'Staff', 'counted' || n, 'staff', 'TEACHER' from generate_series(1, 1030) n""")
                .param("school", school).update();
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));

        String html = mvc.perform(get("/staff").param("schoolId", String.valueOf(school)).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("1–25 sur plus de 1\u202f025").doesNotContain("rel=\"last\"").contains("rel=\"next\"");
    }
}

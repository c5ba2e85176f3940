package fr.capmob.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures take four statements (session settings, summary with outcomes, breakdowns, exam rates), and its pages
 * and CSV issue as many statements with 10 mobilities as with 5,000: aggregates in SQL, no row loaded per mobility.
 */
@PortalTest
@Import(DashboardStatementsTest.Counting.class)
class DashboardStatementsTest {

    static final AtomicInteger STATEMENTS = new AtomicInteger();
    /** Only the statements of the test's thread count (Spring Session cleans up on another thread). */
    static volatile Thread counted;

    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countDashboardStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource) {
                        return proxy(DataSource.class, dataSource, (target, method, args) -> {
                            Object result = invoke(target, method, args);
                            return result instanceof Connection connection
                                    ? proxy(Connection.class, connection, (c, m, a) -> {
                                        if ((m.getName().startsWith("prepare") || m.getName().equals("createStatement"))
                                                && Thread.currentThread() == counted) {
                                            STATEMENTS.incrementAndGet();
                                        }
                                        return invoke(c, m, a);
                                    })
                                    : result;
                        });
                    }
                    return bean;
                }
            };
        }

        interface Call {
            Object call(Object target, Method method, Object[] args) throws Throwable;
        }

        @SuppressWarnings("unchecked")
        static <T> T proxy(Class<T> type, T target, Call call) {
            InvocationHandler handler = (p, method, args) -> call.call(target, method, args);
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        }

        static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired DashboardService dashboard;

    @Test
    void sameStatementsWhateverTheNumberOfMobilities() throws Exception {
        DashboardFixture f = DashboardFixture.create(data, jdbc);
        CurrentUser coordinator = data.principal(data.user("Coordinator", Role.COORDINATOR, null));
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, f.schoolA()));

        STATEMENTS.set(0);
        counted = Thread.currentThread();
        dashboard.figures(new DashboardFilter(f.project(), null), coordinator);
        // the session settings, the summary with the outcomes, the breakdowns, the exam rates
        assertThat(STATEMENTS.get()).isEqualTo(4);

        int page = statements("/dashboard/projects/" + f.project(), coordinator);
        int referentPage = statements("/dashboard", referent);
        int csv = statements("/dashboard.csv?projectId=" + f.project(), coordinator);
        int results = statements("/results", coordinator);
        more(f, 5_000);
        assertThat(jdbc.sql("select count(*) from mobility where project_id = ?").param(f.project()).query(Long.class).single())
                .isGreaterThan(5_000);
        assertThat(statements("/dashboard/projects/" + f.project(), coordinator)).isEqualTo(page);
        assertThat(statements("/dashboard", referent)).isEqualTo(referentPage);
        assertThat(statements("/dashboard.csv?projectId=" + f.project(), coordinator)).isEqualTo(csv);
        assertThat(statements("/results", coordinator)).isEqualTo(results);
    }

    private int statements(String url, CurrentUser user) throws Exception {
        STATEMENTS.set(0);
        counted = Thread.currentThread();
        mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
        counted = null;
        return STATEMENTS.get();
    }

    /** Students of school A with one completed mobility each, a report and an exam result, in four statements. */
    private void more(DashboardFixture f, int count) {
        String run = TestData.unique();
        jdbc.sql("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                select :school, 'Many' || g || :run, 'Test', 'many' || g || lower(:run), 'test', date '2001-01-01', 'FR', 'CAP'
                from generate_series(1, :count) as g""")
                .param("school", f.schoolA()).param("run", run).param("count", count).update();
        jdbc.sql("""
                insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status, updated_by)
                select :project, '9' || lpad((g / 100000)::text, 5, '0') || '-MOB-' || lpad((g % 100000)::text, 5, '0'),
                       'LM_SHORT_VET', st.id, :school, m.host_id, m.destination_city_id,
                       date '2019-01-07' + (g % 600), date '2019-01-20' + (g % 600) + (g % 40), 'COMPLETED', :run
                from generate_series(1, :count) as g
                join student st on st.school_id = :school and st.normalised_last_name = 'many' || g || lower(:run)
                join mobility m on m.id = :model""")
                .param("project", f.project()).param("school", f.schoolA()).param("run", run).param("count", count)
                .param("model", f.m1()).update();
        jdbc.sql("""
                insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                                                satisfaction, language, submitted_at)
                select m.id, 'LEARNER', m.id % 3 > 0, m.id % 2 = 0, true, 4 + (m.id % 2)::int, 'fr', now()
                from mobility m where m.project_id = :project and m.updated_by = :run""")
                .param("project", f.project()).param("run", run).update();
        jdbc.sql("""
                insert into exam_result (student_id, qualification_level, session_label, result)
                select st.id, 'CAP', 'CAP juin 2020', case when st.id % 10 = 0 then 'FAILED' else 'PASSED' end
                from student st where st.normalised_last_name like 'many%' || lower(:run)""")
                .param("run", run).update();
    }
}

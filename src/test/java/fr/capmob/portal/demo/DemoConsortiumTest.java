package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.consortium.Uai;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo consortium loads whole and consistent (inside the test's rolled-back transaction). */
@PortalTest
class DemoConsortiumTest {

    @Autowired
    DemoConsortium demo;
    @Autowired
    DemoGrants grants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService users;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoConsortiumIsModelledOnCapmob20() {
        long schoolsBefore = count("select count(*) from school");
        demo.load();

        List<String> uais = jdbc.sql("select uai from school where updated_by = 'demo'").query(String.class).list();
        assertThat(uais).hasSize(33).allMatch(Uai::isValid);
        assertThat(count("select count(*) from school")).isEqualTo(schoolsBefore + 33);
        assertThat(count("select count(*) from school where updated_by = 'demo' and experience = 'NOVICE'")).isEqualTo(20);
        assertThat(count("select count(*) from school s join city c on c.id = s.city_id where s.updated_by = 'demo' and c.name = 'Paris'"))
                .isEqualTo(33);
        assertThat(jdbc.sql("select count(*) from school where name = 'Lycée Guillaume Tirel'").query(Long.class).single()).isEqualTo(1);

        long capmob20 = jdbc.sql("select id from project where number = '2018-1-FR01-KA102-047193'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from project_school where project_id = ?").param(capmob20).query(Long.class).single())
                .isEqualTo(33);
        // 7 trios and 6 pairs in CAPMOB 2.0, 4 trios in CAPMOB 2.1; every novice school is tutored in CAPMOB 2.0
        assertThat(jdbc.sql("select count(*) from tutoring_pair where project_id = ?").param(capmob20).query(Long.class).single())
                .isEqualTo(13);
        assertThat(jdbc.sql("""
                select count(*) from tutoring_pair_member m join school s on s.id = m.school_id
                where m.project_id = ? and m.role = 'TUTORED' and s.experience = 'NOVICE'""").param(capmob20).query(Long.class).single())
                .isEqualTo(20);
        assertThat(count("select count(*) from tutoring_pair p join project j on j.id = p.project_id where j.number like '2021-1-FR01-KA121-VET-%'"))
                .isEqualTo(4);

        assertThat(count("select count(*) from host_organisation where updated_by = 'demo'")).isEqualTo(40);
        assertThat(count("select count(distinct country) from host_organisation where updated_by = 'demo'")).isGreaterThanOrEqualTo(16);
        assertThat(count("select count(*) from host_organisation where updated_by = 'demo' and intermediary_id is not null")).isEqualTo(7);

        // CAPMOB 2.0 sent 471 students and 246 staff: the demo has them, in every school
        assertThat(count("select count(*) from student where updated_by = 'demo'")).isEqualTo(471);
        assertThat(count("select count(*) from staff_member where updated_by = 'demo'")).isEqualTo(246);
        assertThat(count("select count(distinct school_id) from student where updated_by = 'demo'")).isEqualTo(33);
        assertThat(count("select count(*) from student where updated_by = 'demo' and fewer_opportunities")).isBetween(250L, 340L);

        // CAPMOB 2.0's mobilities, as its summary reports them
        String capmob20Mobility = "from mobility m join project p on p.id = m.project_id where p.number = '2018-1-FR01-KA102-047193'";
        assertThat(count("select count(*) " + capmob20Mobility + " and m.student_id is not null")).isEqualTo(471);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.activity_type = 'ACCOMPANYING'")).isEqualTo(246);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.trip_id is null")).isZero();
        assertThat(count("select count(distinct c.country) " + capmob20Mobility.replace("where", "join city c on c.id = m.destination_city_id where")))
                .isEqualTo(16);
        assertThat(count("select min(m.end_date - m.start_date + 1) " + capmob20Mobility)).isEqualTo(12);
        assertThat(count("select max(m.end_date - m.start_date + 1) " + capmob20Mobility)).isEqualTo(62);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.status in ('COMPLETED', 'REPORTED')")).isGreaterThan(600);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.status = 'CANCELLED' and m.force_majeure"
                + " and extract(year from m.start_date) = 2020")).isBetween(1L, 80L);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.status = 'CANCELLED' and not m.force_majeure")).isZero();
        assertThat(count("select count(*) from mobility m join project p on p.id = m.project_id"
                + " where p.number = '2021-1-FR01-KA121-VET-000012345' and m.status in ('DRAFT', 'SUBMITTED')")).isEqualTo(12);

        // every demo mobility that is not cancelled has its grant, frozen from CONFIRMED on, with its project's table
        grants.load();
        String demoMobility = "from mobility m join project p on p.id = m.project_id"
                + " where p.number in ('2018-1-FR01-KA102-047193', '2021-1-FR01-KA121-VET-000012345')";
        assertThat(count("select count(*) " + demoMobility + " and m.status <> 'CANCELLED'"
                + " and not exists (select 1 from mobility_grant g where g.mobility_id = m.id)")).isZero();
        assertThat(count("select count(*) " + demoMobility + " and exists (select 1 from mobility_grant g where g.mobility_id = m.id"
                + " and g.frozen <> (m.status not in ('DRAFT', 'SUBMITTED', 'APPROVED')))")).isZero();
        assertThat(count("select count(*) " + demoMobility + " and exists (select 1 from mobility_grant g"
                + " join project_rate_table r on r.project_id = m.project_id where g.mobility_id = m.id"
                + " and g.rate_table_id <> r.rate_table_id)")).isZero();
        assertThat(count("select count(*) " + demoMobility + " and m.status <> 'CANCELLED' and exists (select 1 from mobility_grant g"
                + " where g.mobility_id = m.id and g.total <= 0)")).isZero();

        for (DemoConsortium.DemoLogin login : DemoConsortium.LOGINS) {
            assertThat(passwordEncoder.matches(DemoConsortium.DEMO_PASSWORD, users.loadUserByUsername(login.email()).getPassword()))
                    .as(login.email()).isTrue();
        }
    }
}

package fr.capmob.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.consortium.Uai;
import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.documents.DocumentKind;
import fr.capmob.portal.documents.DocumentService;
import fr.capmob.portal.documents.MobilityDocument;
import fr.capmob.portal.documents.TripDocuments;
import fr.capmob.portal.mobility.ActivityType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    @Autowired
    DocumentService documents;

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
        // (besides them, the schools' guests: trainers, experts and a teacher in training who came from abroad)
        String guests = "select staff_id from mobility where activity_type in ('OA_INV_EXP', 'OA_HOS_TTT')";
        assertThat(count("select count(*) from staff_member where updated_by = 'demo' and id not in (" + guests + ")")).isEqualTo(246);
        assertThat(count("select count(*) from staff_member where updated_by = 'demo' and id in (" + guests + ")")).isEqualTo(4);
        assertThat(count("select count(distinct school_id) from student where updated_by = 'demo'")).isEqualTo(33);
        assertThat(count("select count(*) from student where updated_by = 'demo' and fewer_opportunities")).isBetween(250L, 340L);

        // CAPMOB 2.0's mobilities, as its summary reports them
        // (outgoing ones; its two invited trainers came from abroad, without a trip)
        String capmob20Mobility = "from mobility m join project p on p.id = m.project_id where p.number = '2018-1-FR01-KA102-047193'"
                + " and m.activity_type not in ('OA_INV_EXP', 'OA_HOS_TTT')";
        assertThat(count("select count(*) from mobility m join project p on p.id = m.project_id"
                + " where p.number = '2018-1-FR01-KA102-047193' and m.activity_type = 'OA_INV_EXP' and m.trip_id is null")).isEqualTo(2);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.student_id is not null")).isEqualTo(471);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.activity_type = 'ACCOMPANYING'")).isEqualTo(246);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.trip_id is null")).isZero();
        assertThat(count("select count(distinct c.country) " + capmob20Mobility.replace("where", "join city c on c.id = m.destination_city_id where")))
                .isEqualTo(16);
        assertThat(count("select min(m.end_date - m.start_date + 1) " + capmob20Mobility)).isEqualTo(10); // activity days: 12 with the two travel days, as CAPMOB published
        assertThat(count("select max(m.end_date - m.start_date + 1) " + capmob20Mobility)).isEqualTo(60);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.status in ('COMPLETED', 'REPORTED')")).isGreaterThan(600);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.status = 'CANCELLED' and m.force_majeure"
                + " and extract(year from m.start_date) = 2020")).isBetween(1L, 80L);
        assertThat(count("select count(*) " + capmob20Mobility + " and m.status = 'CANCELLED' and not m.force_majeure")).isZero();
        assertThat(count("select count(*) from mobility m join project p on p.id = m.project_id"
                + " where p.number = '2021-1-FR01-KA121-VET-000012345' and m.status in ('DRAFT', 'SUBMITTED')")).isEqualTo(12 + 23 * 4);
        // a submitted trip of each of CAPMOB 2.1's 24 member schools: more than a page of the approval queue
        assertThat(count("select count(distinct m.trip_id) from mobility m join project p on p.id = m.project_id"
                + " where p.number = '2021-1-FR01-KA121-VET-000012345' and m.status = 'SUBMITTED'")).isEqualTo(24);

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

    @Test
    void everyDemoMobilityWithAHostHasItsLearningAgreement() {
        demo.load();
        long withHost = count("select count(*) from mobility where updated_by = 'demo' and host_id is not null");
        assertThat(withHost).isGreaterThan(700);
        // the cancelled ones too: they were prepared before the crisis
        assertThat(count("""
                select count(*) from mobility where updated_by = 'demo' and host_id is not null
                  and (coalesce(trim(learning_outcomes), '') = '' or coalesce(trim(tasks), '') = ''
                       or coalesce(trim(mentor), '') = '')""")).isZero();
        // every sending school has the address its letterhead needs
        assertThat(count("select count(*) from school where updated_by = 'demo' and coalesce(trim(address), '') = ''")).isZero();
        // variety: several phrasings and mentors in every trip of learners
        assertThat(count("select count(distinct learning_outcomes) from mobility where updated_by = 'demo'")).isGreaterThanOrEqualTo(25);
        assertThat(count("select count(distinct mentor) from mobility where updated_by = 'demo'")).isGreaterThan(100);
        assertThat(count("""
                select count(*) from (select trip_id from mobility where updated_by = 'demo' and student_id is not null
                  and trip_id is not null
                group by trip_id having count(distinct learning_outcomes) < 2 or count(distinct mentor) < 2) t""")).isZero();

        // learners get their field's phrasings: Lycée Tirel's cooks the hospitality ones, LP de Grenelle's
        // mechanics (a school of industry and digital electronics) the industry ones, by their specialty
        assertThat(outcomesOf("Lycée Guillaume Tirel", "m.student_id is not null")).isNotEmpty()
                .isSubsetOf(phrasings(VocationalField.HOSPITALITY_CATERING.name()));
        assertThat(outcomesOf("LP de Grenelle", "m.student_id is not null")).isNotEmpty()
                .isSubsetOf(phrasings(VocationalField.INDUSTRY.name()));
        assertThat(outcomesOf("LP de Picpus", "m.student_id is not null")).isNotEmpty()
                .isSubsetOf(phrasings(VocationalField.BUILDING.name()));
        // accompanying persons their duties, with the host's contact person as mentor
        assertThat(outcomesOf("LP des Batignolles", "m.activity_type = 'ACCOMPANYING'")).isNotEmpty()
                .isSubsetOf(phrasings(ActivityType.ACCOMPANYING.name()));
        assertThat(count("""
                select count(*) from mobility m join host_organisation h on h.id = m.host_id
                where m.updated_by = 'demo' and m.activity_type = 'ACCOMPANYING' and m.mentor not like h.contact_name || ', %'""")).isZero();
        // a learner's mentor is a name of the host's country, with the function of the phrasing
        List<String> mentors = jdbc.sql("""
                select h.country || '|' || m.mentor from mobility m join host_organisation h on h.id = m.host_id
                where m.updated_by = 'demo' and m.student_id is not null""").query(String.class).list();
        Set<String> names = DemoLearningAgreements.MENTOR_NAMES.stream().map(n -> n.country() + "|" + n.name())
                .collect(Collectors.toSet());
        assertThat(mentors).allMatch(m -> names.contains(m.substring(0, m.indexOf(','))), "a name of the host's country");

        // the documents print: nothing but the grant lacks in a reported trip
        CurrentUser coordinator = (CurrentUser) users.loadUserByUsername("coordination@capmob.example");
        long trip = jdbc.sql("""
                select min(trip_id) from mobility where updated_by = 'demo' and status = 'REPORTED'""").query(Long.class).single();
        for (DocumentKind kind : List.of(DocumentKind.LEARNING_AGREEMENT, DocumentKind.CERTIFICATE, DocumentKind.EUROPASS)) {
            TripDocuments trips = documents.forTrip(trip, kind, coordinator);
            assertThat(trips.documents()).as(kind.name()).hasSizeGreaterThan(3).allMatch(MobilityDocument::complete);
        }
    }

    @Test
    void everyFieldAndStaffActivityHasSeveralPhrasingsThatFitTheColumns() {
        for (VocationalField field : VocationalField.values()) {
            assertThat(phrasings(field.name())).as(field.name()).hasSizeGreaterThanOrEqualTo(3);
        }
        for (ActivityType activity : List.of(ActivityType.ACCOMPANYING, ActivityType.SM_JOB_SHDW, ActivityType.SM_TTA,
                ActivityType.SM_COUR_TRAIN)) {
            assertThat(phrasings(activity.name())).as(activity.name()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(DemoLearningAgreements.PHRASINGS).allSatisfy(p -> {
            assertThat(p.outcomes().length()).isLessThanOrEqualTo(4000);
            assertThat(p.tasks().length()).isLessThanOrEqualTo(4000);
            assertThat(p.outcomes().lines()).hasSizeGreaterThanOrEqualTo(3).allMatch(line -> line.startsWith("– "));
            assertThat(p.tasks().lines()).hasSizeGreaterThanOrEqualTo(3).allMatch(line -> line.startsWith("– "));
            assertThat(p.outcomes() + p.tasks()).doesNotContain("'");
        });
        assertThat(DemoLearningAgreements.MENTOR_NAMES).allMatch(n -> n.name().length() + 40 < 200);
    }

    private List<String> outcomesOf(String school, String condition) {
        return jdbc.sql("""
                select distinct m.learning_outcomes from mobility m join school s on s.id = m.sending_school_id
                where s.name = ? and m.updated_by = 'demo' and\s""" + condition).param(school).query(String.class).list();
    }

    private static List<String> phrasings(String theme) {
        return DemoLearningAgreements.PHRASINGS.stream().filter(p -> p.theme().equals(theme)).map(DemoLearningAgreements.Phrasing::outcomes)
                .toList();
    }
}

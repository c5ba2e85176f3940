package fr.capmob.portal;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.consortium.Uai;
import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Object mother for tests: inserts schools, projects, pairs and users with plain SQL (so any module's test
 * can use it) and unique identifiers, so tests never collide, even on a database kept between runs.
 */
@Component
public class TestData {

    /** A password that passes the password policy. */
    public static final String PASSWORD = "Erasmus-Mobilite-2026";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService userDetailsService;

    public TestData(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, UserDetailsService userDetailsService) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.userDetailsService = userDetailsService;
    }

    /** A short suffix that makes names and e-mails unique across tests and runs. */
    public static String unique() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A valid UAI that no other test uses (département 9xx, random digits). */
    public String newUai() {
        while (true) {
            String digits = "9" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            String uai = Uai.withCheckLetter(digits);
            Integer count = jdbc.queryForObject("select count(*) from school where uai = ?", Integer.class, uai);
            if (count == 0) {
                return uai;
            }
        }
    }

    public long school(String name) {
        return school(name, "NOVICE");
    }

    public long school(String name, String experience) {
        return jdbc.queryForObject("""
                insert into school (name, uai, city, city_id, experience, address, postcode, email)
                values (?, ?, 'Paris', ?, ?, '1 rue de l''Exemple', '75001', 'ce.test@ac-paris.fr') returning id
                """, Long.class, name, newUai(), cityId("Paris", "FR"), experience);
    }

    public String newProjectNumber(int year) {
        int serial = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        return year + "-1-FR01-KA102-" + serial;
    }

    public long project(String title, long... schoolIds) {
        long id = jdbc.queryForObject("""
                insert into project (number, title, generation, call_year, action, national_agency, start_date, end_date, status,
                                     granted_travel, granted_individual_support, granted_organisational_support)
                values (?, ?, 'G2014_2020', 2018, 'KA102', 'FR01', ?, ?, 'RUNNING', 100000, 250000, 50000) returning id
                """, Long.class, newProjectNumber(2018), title,
                Date.valueOf(LocalDate.of(2018, 9, 1)), Date.valueOf(LocalDate.of(2021, 2, 28)));
        for (long schoolId : schoolIds) {
            jdbc.update("insert into project_school (project_id, school_id) values (?, ?)", id, schoolId);
        }
        return id;
    }

    public long pair(long projectId, long tutorSchoolId, long... tutoredSchoolIds) {
        long id = jdbc.queryForObject("insert into tutoring_pair (project_id) values (?) returning id", Long.class, projectId);
        jdbc.update("insert into tutoring_pair_member (pair_id, project_id, school_id, role) values (?, ?, ?, 'TUTOR')",
                id, projectId, tutorSchoolId);
        for (long tutored : tutoredSchoolIds) {
            jdbc.update("insert into tutoring_pair_member (pair_id, project_id, school_id, role) values (?, ?, ?, 'TUTORED')",
                    id, projectId, tutored);
        }
        return id;
    }

    /** The gazetteer id of a city (the first of that name in that country). */
    public int cityId(String name, String country) {
        return jdbc.queryForObject("select min(id) from city where name = ? and country = ?", Integer.class, name, country);
    }

    /** A company of the host directory in Berlin, added by the given school (null: by the coordinators). */
    public long host(String legalName, Long createdBySchoolId) {
        return jdbc.queryForObject("""
                insert into host_organisation (legal_name, normalised_name, type, country, city_id, created_by_school_id)
                values (?, ?, 'COMPANY', 'DE', ?, ?) returning id
                """, Long.class, legalName, fr.capmob.portal.partner.OrganisationNames.normalise(legalName),
                cityId("Berlin", "DE"), createdBySchoolId);
    }

    /** A student of the given school (Bac Pro, French), with nothing else filled in. */
    public long student(long schoolId, String lastName, String firstName, LocalDate birthDate) {
        return jdbc.queryForObject("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                     birth_date, nationality, qualification_level)
                values (?, ?, ?, ?, ?, ?, 'FR', 'BAC_PRO') returning id
                """, Long.class, schoolId, lastName, firstName, fr.capmob.portal.participant.PersonNames.normalise(lastName),
                fr.capmob.portal.participant.PersonNames.normalise(firstName), Date.valueOf(birthDate));
    }

    /** A teacher of the given school, without e-mail. */
    public long staff(long schoolId, String lastName, String firstName) {
        return jdbc.queryForObject("""
                insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name, role)
                values (?, ?, ?, ?, ?, 'TEACHER') returning id
                """, Long.class, schoolId, lastName, firstName, fr.capmob.portal.participant.PersonNames.normalise(lastName),
                fr.capmob.portal.participant.PersonNames.normalise(firstName));
    }

    /**
     * A DRAFT short-term mobility (staff: job shadowing) in Berlin, with a unique made-up reference
     * (not taken from the project's counter).
     */
    public long mobility(long projectId, Long studentId, Long staffId, long schoolId, long hostId, LocalDate start,
                         LocalDate end) {
        String reference = String.format("%06d-MOB-%05d", ThreadLocalRandom.current().nextInt(1_000_000),
                ThreadLocalRandom.current().nextInt(100_000));
        return jdbc.queryForObject("""
                insert into mobility (project_id, reference, activity_type, student_id, staff_id, sending_school_id, host_id,
                                      destination_city_id, start_date, end_date, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT') returning id
                """, Long.class, projectId, reference, studentId != null ? "LM_SHORT_VET" : "SM_JOB_SHDW", studentId,
                staffId, schoolId, hostId, cityId("Berlin", "DE"), Date.valueOf(start), Date.valueOf(end));
    }

    /** A group trip of one school to Berlin, 3–20 March 2019, without participants. */
    public long trip(long projectId, long schoolId, long hostId) {
        long id = jdbc.queryForObject("""
                insert into trip (project_id, name, destination_city_id, start_date, end_date)
                values (?, ?, ?, date '2019-03-03', date '2019-03-20') returning id
                """, Long.class, projectId, "Trip " + unique(), cityId("Berlin", "DE"));
        jdbc.update("insert into trip_school (trip_id, school_id) values (?, ?)", id, schoolId);
        jdbc.update("insert into trip_host (trip_id, host_id) values (?, ?)", id, hostId);
        return id;
    }

    /** A user with the password {@link #PASSWORD}; returns the (lower-case, unique) e-mail. */
    public String user(String name, Role role, Long schoolId) {
        String email = (name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "." + unique() + "@test.capmob.fr");
        jdbc.update("""
                insert into app_user (email, display_name, role, school_id, password_hash, preferred_language)
                values (?, ?, ?, ?, ?, 'fr')
                """, email, name, role.name(), schoolId, passwordEncoder.encode(PASSWORD));
        return email;
    }

    public long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    /** The principal Spring Security would build for this user (for MockMvc's {@code user(...)}). */
    public CurrentUser principal(String email) {
        return (CurrentUser) userDetailsService.loadUserByUsername(email);
    }

    /**
     * A computed grant for a mobility, as the funding code stores it in {@code mobility_grant} (documents tests):
     * travel, individual and organisational support, the total, frozen or not; 878 km from Paris, 16 funded days of
     * which 2 travel days, on the first seeded rate table.
     */
    public void documentGrant(long mobilityId, java.math.BigDecimal travel, java.math.BigDecimal individual,
                              java.math.BigDecimal organisational, java.math.BigDecimal total, boolean frozen) {
        long rateTable = jdbc.queryForObject("select min(id) from rate_table", Long.class);
        jdbc.update("""
                insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km, band_from_km,
                                            band_to_km, green_travel, funded_travel_days, funded_days, travel_support,
                                            individual_support, organisational_support, total, lines, computed_at, computed_by)
                values (?, ?, ?, ?, 878, 500, 1999, false, 2, 16, ?, ?, ?, ?, '[]'::jsonb, now(), 'test')
                """, mobilityId, rateTable, frozen, cityId("Paris", "FR"), travel, individual, organisational, total);
    }

    // ---- grants, budgets, payments (funding)

    /**
     * Stores a grant breakdown for a mobility (as the grant computation would: items exact, total = their sum
     * rounded to the cent half-up), on the first seeded rate table, departing from Paris.
     */
    public void storedGrant(long mobilityId, String travel, String individual, String organisational, String exceptional,
                            String inclusionOrganisation, String inclusionParticipant, String forceMajeure) {
        java.math.BigDecimal total = java.util.stream.Stream.of(travel, individual, organisational, exceptional,
                        inclusionOrganisation, inclusionParticipant, forceMajeure)
                .map(java.math.BigDecimal::new).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        jdbc.update("""
                insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km, green_travel,
                                            funded_travel_days, funded_days, travel_support, individual_support,
                                            organisational_support, exceptional_travel, inclusion_organisation,
                                            inclusion_participant, force_majeure_costs, total, lines, computed_at, computed_by)
                values (?, (select min(id) from rate_table), false, ?, 878, false, 2, 16, ?, ?, ?, ?, ?, ?, ?, ?, '[]'::jsonb, now(), 'test')
                """, mobilityId, cityId("Paris", "FR"), new java.math.BigDecimal(travel), new java.math.BigDecimal(individual),
                new java.math.BigDecimal(organisational), new java.math.BigDecimal(exceptional),
                new java.math.BigDecimal(inclusionOrganisation), new java.math.BigDecimal(inclusionParticipant),
                new java.math.BigDecimal(forceMajeure), total);
    }

    /** A grant of travel + individual + organisational support only. */
    public void storedGrant(long mobilityId, String travel, String individual, String organisational) {
        storedGrant(mobilityId, travel, individual, organisational, "0", "0", "0", "0");
    }

    /** Sets a mobility's status directly (CANCELLED with a reason; force majeure when asked). */
    public void mobilityStatus(long mobilityId, String status, boolean forceMajeure) {
        jdbc.update("""
                update mobility set status = ?, force_majeure = ?,
                       cancellation_reason = case when ? = 'CANCELLED' then 'Test cancellation' end
                where id = ?""", status, forceMajeure, status, mobilityId);
    }

    /** A payment recorded directly (ADVANCE or BALANCE, by transfer). */
    public long payment(long mobilityId, String kind, String amount, LocalDate paidOn) {
        return jdbc.queryForObject("""
                insert into payment (mobility_id, kind, paid_on, amount, method, created_by)
                values (?, ?, ?, ?, 'TRANSFER', 'test@test.capmob.fr') returning id
                """, Long.class, mobilityId, kind, Date.valueOf(paidOn), new java.math.BigDecimal(amount));
    }

    /** A real expenditure of a school (an insurance invoice with a unique number). */
    public long expenditure(long projectId, long schoolId, String amount) {
        return jdbc.queryForObject("""
                insert into expenditure (project_id, school_id, category, supplier, invoice_number, amount, spent_on, created_by)
                values (?, ?, 'INSURANCE', 'MAIF', ?, ?, date '2019-03-01', 'test@test.capmob.fr') returning id
                """, Long.class, projectId, schoolId, "F-" + unique(), new java.math.BigDecimal(amount));
    }

    // ---------------------------------------------------------------- exports module (appended)

    /** Sets a mobility's status (exports tests: the Beneficiary Module file holds APPROVED and later). */
    public void exportMobilityStatus(long mobilityId, String status, boolean forceMajeure) {
        jdbc.update("update mobility set status = ?, force_majeure = ?, cancellation_reason = ? where id = ?", status,
                forceMajeure, "CANCELLED".equals(status) ? "Crise sanitaire" : null, mobilityId);
    }

    /**
     * A grant breakdown for a mobility (mobility_grant, with the first seeded rate table), departure from Paris,
     * 878 km in the 500–1999 band, 2 funded travel days; the total is the sum of the items rounded to the cent.
     */
    public void exportGrant(long mobilityId, String travel, String individual, String organisational,
                            String inclusionOrganisation, String inclusionParticipant, String exceptional, boolean green) {
        java.math.BigDecimal total = new java.math.BigDecimal(travel).add(new java.math.BigDecimal(individual))
                .add(new java.math.BigDecimal(organisational)).add(new java.math.BigDecimal(inclusionOrganisation))
                .add(new java.math.BigDecimal(inclusionParticipant)).add(new java.math.BigDecimal(exceptional))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        jdbc.update("""
                insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km, band_from_km,
                    band_to_km, green_travel, funded_travel_days, funded_days, travel_support, exceptional_travel,
                    individual_support, organisational_support, inclusion_organisation, inclusion_participant, total, lines,
                    computed_at, computed_by)
                values (?, (select min(id) from rate_table), true, ?, 878, 500, 1999, ?, 2, 21, ?, ?, ?, ?, ?, ?, ?, '[]'::jsonb,
                    now(), 'test')
                """, mobilityId, cityId("Paris", "FR"), green, new java.math.BigDecimal(travel),
                new java.math.BigDecimal(exceptional), new java.math.BigDecimal(individual),
                new java.math.BigDecimal(organisational), new java.math.BigDecimal(inclusionOrganisation),
                new java.math.BigDecimal(inclusionParticipant), total);
    }

    /** A payment to a participant (payment rows are insert-only); returns its id. */
    public long exportPayment(long mobilityId, String kind, LocalDate paidOn, String amount, String reference) {
        return jdbc.queryForObject("""
                insert into payment (mobility_id, kind, paid_on, amount, method, reference, corrects_payment_id, created_by)
                values (?, ?, ?, ?, 'TRANSFER', ?, case when ? = 'CORRECTION'
                        then (select max(id) from payment where mobility_id = ?) end, 'gestion@test.capmob.fr') returning id
                """, Long.class, mobilityId, kind, Date.valueOf(paidOn), new java.math.BigDecimal(amount), reference, kind,
                mobilityId);
    }

    /** A real expenditure of a school in a project; returns its id. */
    public long exportExpenditure(long projectId, long schoolId, Long mobilityId, String category, String supplier,
                                  String amount, LocalDate spentOn) {
        return jdbc.queryForObject("""
                insert into expenditure (project_id, school_id, mobility_id, category, supplier, invoice_number, amount,
                                         spent_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'gestion@test.capmob.fr') returning id
                """, Long.class, projectId, schoolId, mobilityId, category, supplier, "F-" + unique(),
                new java.math.BigDecimal(amount), Date.valueOf(spentOn));
    }

    /** The coordinator's allocation of a project's budget item to a school. */
    public void exportAllocation(long projectId, long schoolId, String item, String amount) {
        jdbc.update("insert into budget_allocation (project_id, school_id, item, amount) values (?, ?, ?, ?)", projectId,
                schoolId, item, new java.math.BigDecimal(amount));
    }
}

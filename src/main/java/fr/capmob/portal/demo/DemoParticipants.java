package fr.capmob.portal.demo;

import fr.capmob.portal.participant.PersonNames;
import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 471 students and 246 staff, as CAPMOB 2.0 sent abroad (spread over the 33 schools), with plausible names
 * ({@code demo/participants.json}), levels and specialties of each school's offer; most students have fewer
 * opportunities. Drawn from one seeded random sequence, so the demo is the same at every load.
 */
@Component
class DemoParticipants {

    static final int STUDENTS = 471;
    static final int STAFF = 246;

    /** The word lists of {@code demo/participants.json}. */
    record Words(List<String> lastNames, List<String> girlsFirstNames, List<String> boysFirstNames,
                 Map<String, String> specialties, List<String> classYears, List<String> otherNationalities,
                 List<String> fewerOpportunitiesJustifications, List<String> staffRoles, List<String> subjects,
                 List<String> staffLanguages) {

        /** The girls' names, then the boys': the random draws index this list. */
        List<String> firstNames() {
            return Stream.concat(girlsFirstNames.stream(), boysFirstNames.stream()).toList();
        }
    }

    static final Words WORDS = DemoFiles.object("participants.json", Words.class);
    /** The specialty of each vocational field (students take their school's main field's). */
    static final Map<String, String> SPECIALTIES = WORDS.specialties();

    private final JdbcTemplate jdbc;

    DemoParticipants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Long> schools) {
        Draws draws = new Draws(new Random(2018), WORDS);
        for (int n = 0; n < STUDENTS; n++) {
            int schoolIndex = n % schools.size();
            insertStudent(schools.get(schoolIndex), draws.student(schoolIndex, DemoSchools.SCHOOLS.get(schoolIndex)));
        }
        for (int n = 0; n < STAFF; n++) {
            int schoolIndex = n % schools.size();
            String role = WORDS.staffRoles().get((n / schools.size()) % WORDS.staffRoles().size());
            insertStaff(schools.get(schoolIndex), n, draws.staff(schoolIndex, role));
        }
    }

    private void insertStudent(long schoolId, Draws.Student s) {
        jdbc.update("""
                insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                    birth_date, gender, nationality, email, qualification_level, specialty, class_name,
                    fewer_opportunities, fewer_opportunities_justification, needs_support, parental_consent_date,
                    emergency_contact_name, emergency_contact_phone, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')
                """, schoolId, s.last(), s.first(), PersonNames.normalise(s.last()), PersonNames.normalise(s.first()),
                Date.valueOf(s.birth()), s.gender(), s.nationality(), null, s.level(), s.specialty(), s.className(),
                s.justification() != null, s.justification(), s.needsSupport(), Date.valueOf(s.birth().plusYears(16)),
                "Parent de " + s.first() + " " + s.last(), s.phone());
    }

    private void insertStaff(long schoolId, int n, Draws.Staff s) {
        String email = (plainAscii(s.first()) + "." + plainAscii(s.last()) + n + "@ac-paris.fr").toLowerCase();
        jdbc.update("""
                insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                    email, role, subjects, languages, clil_certified, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')
                """, schoolId, s.last(), s.first(), PersonNames.normalise(s.last()), PersonNames.normalise(s.first()),
                email, s.role(), s.subjects(), s.languages(), s.clilCertified());
    }

    /** Names without accents or spaces, for demo e-mail addresses. */
    private static String plainAscii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "");
    }

    /** The random draws, in the order that makes the demo what it is (changing it changes every participant). */
    private static final class Draws {

        record Student(String last, String first, LocalDate birth, String gender, String nationality, String level,
                       String specialty, String className, String justification, boolean needsSupport, String phone) {
        }

        record Staff(String last, String first, String role, String subjects, String languages, boolean clilCertified) {
        }

        private final Random random;
        private final Words words;
        private final List<String> firstNames;
        private final Set<String> used = new HashSet<>();

        Draws(Random random, Words words) {
            this.random = random;
            this.words = words;
            this.firstNames = words.firstNames();
        }

        Student student(int schoolIndex, DemoSchools.DemoSchool school) {
            // VET learners of a KA102 / KA121-VET project: CAP, bac pro, BMA, FCIL; the BTS is higher education in France
            String level = pick(school.levels().stream().filter(l -> !l.equals("BTS")).toList());
            String[] name = uniqueName(String.valueOf(schoolIndex));
            // 15 or older at the first departure (8 October 2018), as CAP and bac pro learners abroad are
            LocalDate birth = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3 * 365 + 270));
            boolean fewerOpportunities = random.nextInt(100) < 62;
            String gender = words.girlsFirstNames().contains(name[1]) ? "F" : "M";
            String className = pick(words.classYears()) + " " + level.replace("BAC_PRO", "Bac Pro").replace("_", " ")
                    + " " + (char) ('A' + random.nextInt(3));
            String nationality = random.nextInt(100) < 88 ? "FR" : pick(words.otherNationalities());
            String justification = fewerOpportunities ? pick(words.fewerOpportunitiesJustifications()) : null;
            boolean needsSupport = random.nextInt(100) < 6;
            String phone = "06 " + String.format("%02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
                    random.nextInt(100), random.nextInt(100));
            return new Student(name[0], name[1], birth, gender, nationality, level,
                    SPECIALTIES.get(school.fields().get(0)), className, justification, needsSupport, phone);
        }

        Staff staff(int schoolIndex, String role) {
            String[] name = uniqueName("staff" + schoolIndex);
            boolean teacher = role.equals("TEACHER");
            String subjects = teacher ? pick(words.subjects()) : null;
            String languages = pick(words.staffLanguages());
            return new Staff(name[0], name[1], role, subjects, languages, teacher && random.nextInt(100) < 25);
        }

        /** A first then a last name, drawn again (last, then first) until the school has no one of that name. */
        private String[] uniqueName(String school) {
            String first = pick(firstNames);
            String last = pick(words.lastNames());
            while (!used.add(school + last + first)) {
                last = pick(words.lastNames());
                first = pick(firstNames);
            }
            return new String[] {last, first};
        }

        private String pick(List<String> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}

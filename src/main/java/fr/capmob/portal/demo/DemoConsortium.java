package fr.capmob.portal.demo;

import fr.capmob.portal.consortium.Uai;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo consortium, modelled on CAPMOB 2.0 (Académie de Paris, 2018–2021): 33 vocational schools
 * (invented names, but for Lycée Tirel), 13 experienced schools tutoring the 20 novice ones in 7 trios and
 * 6 pairs, the projects CAPMOB 2.0 and CAPMOB 2.1, and one demo user per role.
 * Written with plain SQL so it needs no module's internals.
 */
@Component
class DemoConsortium {

    /** The demo users' password (listed in the README; demo data only, never in production). */
    static final String DEMO_PASSWORD = "Mobilite-Europe-2026";

    record DemoLogin(String email, String role, String who) {
    }

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("coordination@capmob.example", "COORDINATOR", "Claire Martin — DAREIC, coordination du consortium"),
            new DemoLogin("referent.tirel@capmob.example", "SCHOOL_REFERENT", "Karim Benali — Lycée Guillaume Tirel"),
            new DemoLogin("referent.batignolles@capmob.example", "SCHOOL_REFERENT", "Sophie Lefèvre — LP des Batignolles"),
            new DemoLogin("gestion.tirel@capmob.example", "ACCOUNTANT", "Paul Nguyen — gestionnaire, Lycée Guillaume Tirel"),
            new DemoLogin("comptable.gip@capmob.example", "ACCOUNTANT", "Isabelle Moreau — agent comptable, GIP-FCIP (consortium)"));

    private record DemoSchool(String name, String fields, String levels, boolean experienced) {
    }

    /** 13 experienced schools first (the tutors), then 20 novices. Fields and levels: comma-separated. */
    private static final List<DemoSchool> SCHOOLS = List.of(
            new DemoSchool("Lycée Guillaume Tirel", "HOSPITALITY_CATERING", "CAP,BAC_PRO,BTS", true),
            new DemoSchool("LP des Batignolles", "FASHION_BEAUTY", "CAP,BAC_PRO,BMA", true),
            new DemoSchool("LP de la Butte-aux-Cailles", "CUSTOMER_RELATIONS", "BAC_PRO,BTS", true),
            new DemoSchool("LP du Canal-Saint-Martin", "INDUSTRY", "CAP,BAC_PRO", true),
            new DemoSchool("LP des Gobelins", "ARTS_CRAFTS", "CAP,BMA,FCIL", true),
            new DemoSchool("LP de Bercy", "HOSPITALITY_CATERING", "CAP,BAC_PRO", true),
            new DemoSchool("LP de Belleville", "CUSTOMER_RELATIONS", "CAP,BAC_PRO", true),
            new DemoSchool("LP de Grenelle", "INDUSTRY,DIGITAL_ELECTRONICS", "BAC_PRO,BTS", true),
            new DemoSchool("LP du Sentier", "FASHION_BEAUTY,ARTS_CRAFTS", "CAP,BMA,FCIL", true),
            new DemoSchool("LP de Montsouris", "FASHION_BEAUTY", "CAP,BAC_PRO", true),
            new DemoSchool("LP de la Villette", "LOGISTICS_TRANSPORT", "CAP,BAC_PRO", true),
            new DemoSchool("LP de Vaugirard", "HEALTH_SOCIAL", "BAC_PRO", true),
            new DemoSchool("LP du Marais", "ARTS_CRAFTS", "BMA,FCIL", true),
            new DemoSchool("LP de Charonne", "CUSTOMER_RELATIONS", "BAC_PRO", false),
            new DemoSchool("LP des Ternes", "HOSPITALITY_CATERING", "CAP", false),
            new DemoSchool("LP de la Chapelle", "INDUSTRY", "CAP,BAC_PRO", false),
            new DemoSchool("LP de Picpus", "BUILDING", "CAP,BAC_PRO", false),
            new DemoSchool("LP de Ménilmontant", "FASHION_BEAUTY", "CAP", false),
            new DemoSchool("LP des Épinettes", "CUSTOMER_RELATIONS", "BAC_PRO", false),
            new DemoSchool("LP de la Roquette", "ARTS_CRAFTS", "CAP,BMA", false),
            new DemoSchool("LP de Plaisance", "HEALTH_SOCIAL", "CAP,BAC_PRO", false),
            new DemoSchool("LP de Javel", "INDUSTRY", "BAC_PRO", false),
            new DemoSchool("LP de la Goutte-d'Or", "CUSTOMER_RELATIONS", "CAP,BAC_PRO", false),
            new DemoSchool("LP d'Auteuil", "HOSPITALITY_CATERING", "CAP,BAC_PRO", false),
            new DemoSchool("LP de Passy", "FASHION_BEAUTY", "BAC_PRO,FCIL", false),
            new DemoSchool("LP du Faubourg-Saint-Antoine", "ARTS_CRAFTS,BUILDING", "CAP,BMA", false),
            new DemoSchool("LP de Clignancourt", "LOGISTICS_TRANSPORT", "CAP,BAC_PRO", false),
            new DemoSchool("LP de Popincourt", "DIGITAL_ELECTRONICS", "BAC_PRO", false),
            new DemoSchool("LP de Reuilly", "HOSPITALITY_CATERING", "CAP", false),
            new DemoSchool("LP de Montparnasse", "CUSTOMER_RELATIONS", "BAC_PRO,BTS", false),
            new DemoSchool("LP de la Salpêtrière", "HEALTH_SOCIAL", "BAC_PRO", false),
            new DemoSchool("LP des Halles", "FASHION_BEAUTY", "CAP,BAC_PRO", false),
            new DemoSchool("LP de la Muette", "INDUSTRY", "CAP", false));

    /**
     * Host organisations abroad (invented but plausible), in 20 countries; "via" names the intermediary
     * organisation that placed the students there, when there is one.
     */
    private record DemoHost(String legalName, String type, String country, String city, String sectors,
                            String contact, String languages, boolean intermediary, String via) {
    }

    private static final List<DemoHost> HOSTS = List.of(
            new DemoHost("Sevilla Prácticas Europeas S.L.", "COMPANY", "ES", "Sevilla", "HOSPITALITY_CATERING,CUSTOMER_RELATIONS", "Lucía Romero", "ES, EN (C1), FR (B2)", true, null),
            new DemoHost("Malta Work Placements Ltd", "COMPANY", "MT", "Sliema", "HOSPITALITY_CATERING,CUSTOMER_RELATIONS,FASHION_BEAUTY", "Daniel Vella", "EN, MT, IT (B2)", true, null),
            new DemoHost("Dublin Internship Partners Ltd", "COMPANY", "IE", "Dublin", "CUSTOMER_RELATIONS,INDUSTRY", "Aoife Murphy", "EN, FR (B1)", true, null),
            new DemoHost("Firenze Stage S.r.l.", "COMPANY", "IT", "Florence", "ARTS_CRAFTS,FASHION_BEAUTY,HOSPITALITY_CATERING", "Giulia Bianchi", "IT, EN (B2), FR (B2)", true, null),
            new DemoHost("Hotel Alfonso Jardines S.A.", "COMPANY", "ES", "Sevilla", "HOSPITALITY_CATERING", "Javier Ortega", "ES, EN (B2)", false, "Sevilla Prácticas Europeas S.L."),
            new DemoHost("Restaurante La Giralda S.L.", "COMPANY", "ES", "Sevilla", "HOSPITALITY_CATERING", "Carmen Ruiz", "ES", false, "Sevilla Prácticas Europeas S.L."),
            new DemoHost("Moda Barcelona Taller S.L.", "COMPANY", "ES", "Barcelona", "FASHION_BEAUTY", "Núria Puig", "CA, ES, EN (B1)", false, null),
            new DemoHost("Pastificio Artigiano Bolognese S.r.l.", "COMPANY", "IT", "Bologna", "HOSPITALITY_CATERING", "Marco Rossi", "IT, EN (A2)", false, null),
            new DemoHost("Pelletteria Fiorentina S.r.l.", "COMPANY", "IT", "Florence", "ARTS_CRAFTS", "Lorenzo Conti", "IT, FR (B1)", false, "Firenze Stage S.r.l."),
            new DemoHost("Atelier Piume di Napoli", "COMPANY", "IT", "Naples", "ARTS_CRAFTS,FASHION_BEAUTY", "Chiara Esposito", "IT", false, null),
            new DemoHost("Milano Beauty Academy S.r.l.", "TRAINING_CENTRE", "IT", "Milan", "FASHION_BEAUTY", "Francesca Galli", "IT, EN (B2)", false, null),
            new DemoHost("Hotel Spreeblick Berlin GmbH", "COMPANY", "DE", "Berlin", "HOSPITALITY_CATERING", "Anna Schmidt", "DE, EN (C1), FR (B1)", false, null),
            new DemoHost("Hutmacherei Müller GmbH", "COMPANY", "DE", "Munich", "ARTS_CRAFTS,FASHION_BEAUTY", "Katrin Müller", "DE, EN (B1)", false, null),
            new DemoHost("Handwerkskammer Leipzig", "CHAMBER", "DE", "Leipzig", "INDUSTRY,BUILDING", "Thomas Becker", "DE, EN (B2)", false, null),
            new DemoHost("Grafton Street Retail Ltd", "COMPANY", "IE", "Dublin", "CUSTOMER_RELATIONS", "Seán Kelly", "EN", false, "Dublin Internship Partners Ltd"),
            new DemoHost("Cork Engineering Works Ltd", "COMPANY", "IE", "Cork", "INDUSTRY", "Niamh O'Brien", "EN", false, "Dublin Internship Partners Ltd"),
            new DemoHost("Valletta Harbour Hotel Ltd", "COMPANY", "MT", "Valletta", "HOSPITALITY_CATERING", "Maria Borg", "EN, MT", false, "Malta Work Placements Ltd"),
            new DemoHost("Sliema Hair & Beauty Studio", "COMPANY", "MT", "Sliema", "FASHION_BEAUTY", "Rebecca Camilleri", "EN, MT", false, "Malta Work Placements Ltd"),
            new DemoHost("Pastelaria Lisboa Lda", "COMPANY", "PT", "Lisbon", "HOSPITALITY_CATERING", "João Silva", "PT, FR (B2)", false, null),
            new DemoHost("Escola Profissional do Porto", "SCHOOL", "PT", "Porto", "HOSPITALITY_CATERING,CUSTOMER_RELATIONS", "Ana Costa", "PT, EN (B2), FR (B1)", false, null),
            new DemoHost("Bruxelles Mode Atelier SPRL", "COMPANY", "BE", "Brussels", "FASHION_BEAUTY", "Claire Dubois", "FR, NL", false, null),
            new DemoHost("Gent Logistiek BV", "COMPANY", "BE", "Gent", "LOGISTICS_TRANSPORT", "Pieter De Smet", "NL, FR (B2), EN (B2)", false, null),
            new DemoHost("Amsterdam Hospitality College", "TRAINING_CENTRE", "NL", "Amsterdam", "HOSPITALITY_CATERING", "Sanne de Vries", "NL, EN (C1)", false, null),
            new DemoHost("Rotterdam Port Services B.V.", "COMPANY", "NL", "Rotterdam", "LOGISTICS_TRANSPORT,INDUSTRY", "Jeroen Bakker", "NL, EN (C1)", false, null),
            new DemoHost("Wiener Kaffeehaus Betriebs GmbH", "COMPANY", "AT", "Vienna", "HOSPITALITY_CATERING", "Lukas Huber", "DE, EN (B2)", false, null),
            new DemoHost("Salzburger Trachtenwerkstatt", "COMPANY", "AT", "Salzburg", "ARTS_CRAFTS,FASHION_BEAUTY", "Sabine Gruber", "DE", false, null),
            new DemoHost("Praha Glass Studio s.r.o.", "COMPANY", "CZ", "Prague", "ARTS_CRAFTS", "Jana Nováková", "CS, EN (B2)", false, null),
            new DemoHost("Kraków Catering sp. z o.o.", "COMPANY", "PL", "Kraków", "HOSPITALITY_CATERING", "Piotr Nowak", "PL, EN (B2)", false, null),
            new DemoHost("Athens Retail Group S.A.", "COMPANY", "GR", "Athens", "CUSTOMER_RELATIONS", "Eleni Papadopoulou", "EL, EN (C1), FR (B1)", false, null),
            new DemoHost("Helsinki Vocational College Stadin", "SCHOOL", "FI", "Helsinki", "HEALTH_SOCIAL,HOSPITALITY_CATERING", "Mikko Virtanen", "FI, SV, EN (C1)", false, null),
            new DemoHost("Stockholm Design Workshop AB", "COMPANY", "SE", "Stockholm", "ARTS_CRAFTS,DIGITAL_ELECTRONICS", "Elin Lindqvist", "SV, EN (C1)", false, null),
            new DemoHost("Københavns Bageri ApS", "COMPANY", "DK", "Copenhagen", "HOSPITALITY_CATERING", "Mads Jensen", "DA, EN (B2)", false, null),
            new DemoHost("Zagreb Tourism Board", "PUBLIC_BODY", "HR", "Zagreb", "CUSTOMER_RELATIONS", "Ivana Horvat", "HR, EN (B2)", false, null),
            new DemoHost("Split Marina Services d.o.o.", "COMPANY", "HR", "Split", "LOGISTICS_TRANSPORT,CUSTOMER_RELATIONS", "Ante Kovačić", "HR, EN (B1), IT (B1)", false, null),
            new DemoHost("Ljubljana Electronics d.o.o.", "COMPANY", "SI", "Ljubljana", "DIGITAL_ELECTRONICS,INDUSTRY", "Nina Kranjc", "SL, EN (B2)", false, null),
            new DemoHost("Tallinna Kokakool OÜ", "TRAINING_CENTRE", "EE", "Tallinn", "HOSPITALITY_CATERING", "Kristjan Tamm", "ET, EN (C1)", false, null),
            new DemoHost("Limassol Beach Resort Ltd", "COMPANY", "CY", "Limassol", "HOSPITALITY_CATERING", "Andreas Georgiou", "EL, EN (C1)", false, null),
            new DemoHost("Budapest Fashion House Kft.", "COMPANY", "HU", "Budapest", "FASHION_BEAUTY", "Eszter Nagy", "HU, EN (B2)", false, null),
            new DemoHost("Nicosia Social Care Association", "NGO", "CY", "Nicosia", "HEALTH_SOCIAL", "Maria Christou", "EL, EN (B2)", false, null),
            new DemoHost("Valencia Agencia de Movilidad S.L.", "COMPANY", "ES", "Valencia", "CUSTOMER_RELATIONS,LOGISTICS_TRANSPORT", "Pablo Martínez", "ES, EN (B2), FR (B1)", true, null));

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    private final DemoMobilities mobilities;

    DemoConsortium(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, DemoMobilities mobilities) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.mobilities = mobilities;
    }

    boolean isLoaded() {
        return jdbc.queryForObject("select exists (select 1 from school) or exists (select 1 from app_user)", Boolean.class);
    }

    @Transactional
    void load() {
        List<Long> schools = insertSchools();
        List<Long> tutors = schools.subList(0, 13);
        List<Long> novices = schools.subList(13, 33);

        long capmob20 = insertProject("2018-1-FR01-KA102-047193", "CAPMOB 2.0 — Consortium académique de Paris pour la mobilité",
                "G2014_2020", 2018, "KA102", LocalDate.of(2018, 9, 1), LocalDate.of(2021, 2, 28), "CLOSED",
                // granted per item: what the 471 learners and 246 accompanying staff need at the call-2018 rates, plus a margin
                "205000.00", "1420000.00", "112000.00", "5000.00", "3200.00");
        schools.forEach(school -> addMember(capmob20, school));
        // 7 trios then 6 pairs: each experienced school tutors one or two novices.
        int next = 0;
        for (int i = 0; i < tutors.size(); i++) {
            int size = i < 7 ? 2 : 1;
            insertPair(capmob20, tutors.get(i), novices.subList(next, next + size));
            next += size;
        }

        long capmob21 = insertProject("2021-1-FR01-KA121-VET-000012345", "CAPMOB 2.1 — Accréditation des établissements novices",
                "G2021_2027", 2021, "KA121_VET", LocalDate.of(2021, 9, 1), LocalDate.of(2023, 8, 31), "RUNNING",
                "98000.00", "356000.00", "71000.00", "12000.00", "0.00");
        novices.forEach(school -> addMember(capmob21, school));
        tutors.subList(0, 4).forEach(school -> addMember(capmob21, school));
        for (int i = 0; i < 4; i++) {
            insertPair(capmob21, tutors.get(i), novices.subList(i * 2, i * 2 + 2));
        }

        insertHosts(tutors);
        insertParticipants(schools);
        mobilities.load(capmob20, capmob21, schools);

        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        insertUser(LOGINS.get(0), null, hash);
        insertUser(LOGINS.get(1), schools.get(0), hash);
        insertUser(LOGINS.get(2), schools.get(1), hash);
        insertUser(LOGINS.get(3), schools.get(0), hash);
        insertUser(LOGINS.get(4), null, hash);
    }

    private List<Long> insertSchools() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SCHOOLS.size(); i++) {
            DemoSchool school = SCHOOLS.get(i);
            String uai = Uai.withCheckLetter(String.format("0750%03d", 410 + i * 7));
            String oid = String.format("E1%07d", 2_104_417 + i * 131);
            String slug = school.name().replaceAll("^(Lycée|LP) (de la |des |du |de |d')?", "")
                    .toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
            long id = jdbc.queryForObject("""
                    insert into school (name, uai, oid, address, postcode, city, city_id, phone, email, experience, head_of_school, updated_by)
                    values (?, ?, ?, ?, ?, 'Paris', (select min(id) from city where country = 'FR' and name = 'Paris'), ?, ?, ?, ?, 'demo')
                    returning id
                    """, Long.class, school.name(), uai, oid, (12 + i) + " rue de l'Exemple", "750" + String.format("%02d", 1 + i % 20),
                    "01 44 " + String.format("%02d %02d %02d", 10 + i, 20 + i, 30 + i),
                    "ce." + uai.toLowerCase() + "@ac-paris.fr", school.experienced() ? "EXPERIENCED" : "NOVICE",
                    "Direction " + slug);
            for (String field : school.fields().split(",")) {
                jdbc.update("insert into school_field (school_id, field) values (?, ?)", id, field);
            }
            for (String level : school.levels().split(",")) {
                jdbc.update("insert into school_level (school_id, level) values (?, ?)", id, level);
            }
            ids.add(id);
        }
        return ids;
    }

    private long insertProject(String number, String title, String generation, int callYear, String action,
                               LocalDate start, LocalDate end, String status, String travel, String individual,
                               String organisational, String inclusion, String exceptional) {
        return jdbc.queryForObject("""
                insert into project (number, title, generation, call_year, action, national_agency, start_date, end_date, status,
                    granted_travel, granted_individual_support, granted_organisational_support, granted_inclusion_support,
                    granted_exceptional_costs, updated_by)
                values (?, ?, ?, ?, ?, 'FR01', ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id
                """, Long.class, number, title, generation, callYear, action, Date.valueOf(start), Date.valueOf(end), status,
                new BigDecimal(travel), new BigDecimal(individual), new BigDecimal(organisational),
                new BigDecimal(inclusion), new BigDecimal(exceptional));
    }

    private void addMember(long projectId, long schoolId) {
        jdbc.update("insert into project_school (project_id, school_id) values (?, ?)", projectId, schoolId);
    }

    private void insertPair(long projectId, long tutor, List<Long> tutored) {
        long pair = jdbc.queryForObject("insert into tutoring_pair (project_id, updated_by) values (?, 'demo') returning id",
                Long.class, projectId);
        jdbc.update("insert into tutoring_pair_member (pair_id, project_id, school_id, role) values (?, ?, ?, 'TUTOR')",
                pair, projectId, tutor);
        for (long school : tutored) {
            jdbc.update("insert into tutoring_pair_member (pair_id, project_id, school_id, role) values (?, ?, ?, 'TUTORED')",
                    pair, projectId, school);
        }
    }

    private void insertHosts(List<Long> addingSchools) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        int i = 0;
        // intermediaries first, so that the organisations they placed can point to them
        List<DemoHost> ordered = new ArrayList<>(HOSTS);
        ordered.sort((a, b) -> Boolean.compare(b.intermediary(), a.intermediary()));
        for (DemoHost host : ordered) {
            Integer cityId = jdbc.queryForObject("select min(id) from city where country = ? and name = ?", Integer.class,
                    host.country(), host.city());
            if (cityId == null) {
                throw new IllegalStateException("demo host city not in the gazetteer: " + host.city());
            }
            Long schoolId = i % 3 == 0 ? null : addingSchools.get(i % addingSchools.size());
            String slug = fr.capmob.portal.partner.OrganisationNames.normalise(host.legalName()).replace(' ', '-');
            long id = jdbc.queryForObject("""
                    insert into host_organisation (legal_name, normalised_name, type, intermediary, country, city_id, address,
                        website, contact_name, contact_role, contact_email, contact_languages, intermediary_id,
                        created_by_school_id, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id
                    """, Long.class, host.legalName(), fr.capmob.portal.partner.OrganisationNames.normalise(host.legalName()),
                    host.type(), host.intermediary(), host.country(), cityId, (3 + i * 4) + " " + host.city() + " centre",
                    "https://www." + slug + ".example", host.contact(), host.intermediary() ? "Placement manager" : "Tutor",
                    slug + "@" + host.country().toLowerCase() + ".example", host.languages(),
                    host.via() == null ? null : ids.get(host.via()), schoolId);
            for (String sector : host.sectors().split(",")) {
                jdbc.update("insert into host_organisation_sector (host_id, sector) values (?, ?)", id, sector);
            }
            ids.put(host.legalName(), id);
            i++;
        }
    }

    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
            "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet",
            "François", "Martinez", "Diallo", "Traoré", "Benali", "Haddad", "Nguyen", "Tran", "Da Silva", "Pereira",
            "Kaya", "Yilmaz", "Camara", "Cissé", "Mendy", "Chevalier", "Gauthier", "Perrin", "Morin", "Boyer", "Fontaine",
            "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Mathieu", "Clément", "Gaillard", "Brunet"};
    private static final String[] FIRST_NAMES = {"Léa", "Emma", "Chloé", "Inès", "Manon", "Camille", "Sarah", "Yasmine",
            "Jade", "Lina", "Maëlys", "Aïcha", "Fatoumata", "Océane", "Clara", "Zoé", "Louise", "Nour", "Mariam", "Anaïs",
            "Lucas", "Hugo", "Nathan", "Enzo", "Mohamed", "Adam", "Yanis", "Théo", "Rayan", "Kylian", "Mamadou", "Noah",
            "Ibrahim", "Louis", "Mathis", "Bilal", "Sofiane", "Samuel", "Jules", "Ilyes"};
    static final java.util.Map<String, String> SPECIALTIES = java.util.Map.of(
            "HOSPITALITY_CATERING", "Cuisine / Commercialisation et services en restauration",
            "FASHION_BEAUTY", "Métiers de la mode – vêtements / Esthétique cosmétique parfumerie",
            "CUSTOMER_RELATIONS", "Métiers du commerce et de la vente",
            "INDUSTRY", "Technicien en réalisation de produits mécaniques",
            "ARTS_CRAFTS", "Métiers d'art – plumassier, modiste, vêtement et accessoire de mode en cuir et fourrure",
            "BUILDING", "Menuiserie / Technicien du bâtiment",
            "HEALTH_SOCIAL", "Accompagnement, soins et services à la personne",
            "DIGITAL_ELECTRONICS", "Systèmes numériques",
            "LOGISTICS_TRANSPORT", "Logistique");

    /**
     * 471 students and 246 staff, as CAPMOB 2.0 sent abroad (spread over the 33 schools), with plausible
     * names, levels and specialties of each school's offer; most students have fewer opportunities.
     */
    private void insertParticipants(List<Long> schools) {
        java.util.Random random = new java.util.Random(2018);
        java.util.Set<String> used = new java.util.HashSet<>();
        String[] classPrefix = {"2de", "1re", "Tle"};
        for (int n = 0; n < 471; n++) {
            int schoolIndex = n % schools.size();
            DemoSchool school = SCHOOLS.get(schoolIndex);
            String[] levels = school.levels().split(",");
            String level = levels[random.nextInt(levels.length)];
            String field = school.fields().split(",")[0];
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            while (!used.add(schoolIndex + last + first)) {
                last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            }
            LocalDate birth = LocalDate.of(2001, 1, 1).plusDays(random.nextInt(4 * 365));
            boolean fewerOpportunities = random.nextInt(100) < 62;
            // the first 20 first names are girls' names, the others boys'
            String gender = java.util.Arrays.asList(FIRST_NAMES).indexOf(first) < 20 ? "F" : "M";
            String className = classPrefix[random.nextInt(3)] + " " + level.replace("BAC_PRO", "Bac Pro").replace("_", " ")
                    + " " + (char) ('A' + random.nextInt(3));
            jdbc.update("""
                    insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                        birth_date, gender, nationality, email, qualification_level, specialty, class_name,
                        fewer_opportunities, fewer_opportunities_justification, needs_support, parental_consent_date,
                        emergency_contact_name, emergency_contact_phone, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')
                    """, schools.get(schoolIndex), last, first, fr.capmob.portal.participant.PersonNames.normalise(last),
                    fr.capmob.portal.participant.PersonNames.normalise(first), Date.valueOf(birth), gender,
                    random.nextInt(100) < 88 ? "FR" : new String[] {"DZ", "MA", "ML", "SN", "PT", "TR", "CN"}[random.nextInt(7)],
                    null, level, SPECIALTIES.get(field), className, fewerOpportunities,
                    fewerOpportunities ? new String[] {"Boursier (échelon 5)", "Quartier prioritaire de la ville",
                            "Famille monoparentale, revenus modestes", "Boursier (échelon 3)"}[random.nextInt(4)] : null,
                    random.nextInt(100) < 6, Date.valueOf(birth.plusYears(16)), "Parent de " + first + " " + last,
                    "06 " + String.format("%02d %02d %02d %02d", random.nextInt(100), random.nextInt(100), random.nextInt(100), random.nextInt(100)));
        }
        String[] roles = {"TEACHER", "TEACHER", "TEACHER", "TEACHER", "MOBILITY_REFERENT", "CPE", "HEAD_OF_SCHOOL", "OTHER"};
        String[] subjects = {"Anglais / Hôtellerie", "Espagnol / Commerce", "Lettres-histoire", "Arts appliqués",
                "Économie-gestion", "Génie mécanique", "Italien / Mode", "Mathématiques-sciences"};
        for (int n = 0; n < 246; n++) {
            int schoolIndex = n % schools.size();
            String role = roles[(n / schools.size()) % roles.length];
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            while (!used.add("staff" + schoolIndex + last + first)) {
                last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            }
            String email = (PlainAscii.of(first) + "." + PlainAscii.of(last) + n + "@ac-paris.fr").toLowerCase();
            jdbc.update("""
                    insert into staff_member (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                        email, role, subjects, languages, clil_certified, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')
                    """, schools.get(schoolIndex), last, first, fr.capmob.portal.participant.PersonNames.normalise(last),
                    fr.capmob.portal.participant.PersonNames.normalise(first), email, role,
                    role.equals("TEACHER") ? subjects[random.nextInt(subjects.length)] : null,
                    new String[] {"en B2", "en C1, es B1", "it B2, en B1", "es C1", "en B1"}[random.nextInt(5)],
                    role.equals("TEACHER") && random.nextInt(100) < 25);
        }
    }

    /** Names without accents or spaces, for demo e-mail addresses. */
    private static final class PlainAscii {
        static String of(String name) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replaceAll("[^A-Za-z]", "");
        }
    }

    private void insertUser(DemoLogin login, Long schoolId, String hash) {
        String name = login.who().substring(0, login.who().indexOf(" — "));
        jdbc.update("""
                insert into app_user (email, display_name, role, school_id, password_hash, preferred_language, password_changed_at, updated_by)
                values (?, ?, ?, ?, ?, 'fr', now(), 'demo')
                """, login.email(), name, login.role(), schoolId, hash);
    }
}

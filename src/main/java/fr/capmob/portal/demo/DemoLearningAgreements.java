package fr.capmob.portal.demo;

import fr.capmob.portal.mobility.LearningAgreement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The learning agreements of the demo mobilities: learning outcomes, tasks and the mentor at the host, so that the
 * demo's documents print. Learners get those of their vocational field, staff those of their activity (job
 * shadowing, teaching, course), accompanying persons their duties; several phrasings each
 * ({@code demo/phrasings-learners.json}, {@code demo/phrasings-staff.json}). The mentor is a local name of the host's
 * country ({@code demo/mentors.json}) with a function of the phrasing; an accompanying person's is the host's contact
 * person. Which phrasing and which name: by the mobility's number in the demo (its id in the demo's fresh database).
 */
final class DemoLearningAgreements {

    /** One phrasing of a theme (a vocational field or a staff activity) and the mentor's function in it. */
    record Phrasing(String theme, String mentorMale, String mentorFemale, String outcomes, String tasks) {
    }

    /** A mentor's name in a host country. */
    record MentorName(String country, String name, boolean female) {
    }

    /** A phrasing as the files hold it: one line per outcome and per task. */
    private record PhrasingLines(String theme, String mentorMale, String mentorFemale, List<String> outcomes,
                                 List<String> tasks) {

        Phrasing phrasing() {
            return new Phrasing(theme, mentorMale, mentorFemale, String.join("\n", outcomes), String.join("\n", tasks));
        }
    }

    static final List<Phrasing> PHRASINGS = Stream.of("phrasings-learners.json", "phrasings-staff.json")
            .flatMap(file -> DemoFiles.list(file, PhrasingLines.class).stream())
            .map(PhrasingLines::phrasing)
            .toList();

    /** Three mentors' names in each country of the demo hosts. */
    static final List<MentorName> MENTOR_NAMES = DemoFiles.list("mentors.json", MentorName.class);

    private static final Map<String, List<Phrasing>> BY_THEME = group(PHRASINGS, Phrasing::theme);
    private static final Map<String, List<MentorName>> BY_COUNTRY = group(MENTOR_NAMES, MentorName::country);

    private DemoLearningAgreements() {
    }

    /**
     * The agreement of the demo mobility number {@code n}: phrasing number {@code n % variants} of its theme, mentor's
     * name number {@code (n / variants) % names} of the host's country (an accompanying person's mentor: the host's
     * contact, when it has one). Empty when the theme has no phrasing or the country no name.
     *
     * @param theme a vocational field for learners, the activity type for staff
     */
    static LearningAgreement of(long n, String theme, boolean accompanying, String hostCountry, String hostContact) {
        List<Phrasing> phrasings = BY_THEME.getOrDefault(theme, List.of());
        List<MentorName> names = BY_COUNTRY.getOrDefault(hostCountry, List.of());
        if (phrasings.isEmpty() || names.isEmpty()) {
            return LearningAgreement.EMPTY;
        }
        Phrasing phrasing = phrasings.get((int) (n % phrasings.size()));
        MentorName name = names.get((int) ((n / phrasings.size()) % names.size()));
        String mentor = accompanying && hostContact != null ? hostContact + ", " + phrasing.mentorMale()
                : name.name() + ", " + (name.female() ? phrasing.mentorFemale() : phrasing.mentorMale());
        return new LearningAgreement(phrasing.outcomes(), phrasing.tasks(), mentor);
    }

    /** The vocational field whose specialty this is, else the school's first field (alphabetically). */
    static String themeOfStudent(String specialty, List<String> schoolFields) {
        return DemoParticipants.SPECIALTIES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(specialty))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> schoolFields.stream().sorted().findFirst().orElse(null));
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups;
    }
}

package fr.capmob.portal.consortium;

import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.shared.ListQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the account module the school names it shows and offers (see {@link SchoolDirectory}). */
@Component
@Transactional(readOnly = true)
class SchoolDirectoryAdapter implements SchoolDirectory {

    private final SchoolRepository schools;

    SchoolDirectoryAdapter(SchoolRepository schools) {
        this.schools = schools;
    }

    @Override
    public String labelOf(Long schoolId) {
        if (schoolId == null) {
            return null;
        }
        return schools.findLabels(List.of(schoolId)).stream().findFirst()
                .map(school -> school.name() + " (" + school.uai() + ")").orElse(null);
    }

    @Override
    public List<SchoolOption> search(String text, int limit) {
        String pattern = ListQuery.searchPattern(text);
        if (pattern == null) {
            return List.of();
        }
        return schools.searchLabels(pattern, Limit.of(limit)).stream()
                .map(school -> new SchoolOption(school.id(), school.name() + " (" + school.uai() + ")"))
                .toList();
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        return schools.findLabels(schoolIds).stream()
                .collect(Collectors.toMap(SchoolRepository.SchoolLabel::id, SchoolRepository.SchoolLabel::name));
    }

    @Override
    public boolean exists(long schoolId) {
        return schools.existsById(schoolId);
    }
}

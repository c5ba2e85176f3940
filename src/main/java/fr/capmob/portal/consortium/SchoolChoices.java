package fr.capmob.portal.consortium;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.ListQuery;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools a user may pick (behind {@code /schools/picker}), searched and cut to a few in SQL, in one of three
 * scopes: {@link Scope#OWN} (every school for the consortium's users, their own school otherwise),
 * {@link Scope#PARTNERS} (every school, or those sharing a project with the user's school: the project and pair
 * filters) and a project's member schools (the pair form; a project the user may not see answers 404).
 */
@Service
@Transactional(readOnly = true)
public class SchoolChoices {

    public enum Scope { OWN, PARTNERS }

    private final SchoolChoiceRepository choices;
    private final ProjectService projects;

    SchoolChoices(SchoolChoiceRepository choices, ProjectService projects) {
        this.choices = choices;
        this.projects = projects;
    }

    /** At most {@code limit} schools of the scope whose name or UAI contains the text (nothing for a blank text). */
    public List<MemberSchool> search(String text, Scope scope, int limit, CurrentUser user) {
        String pattern = ListQuery.searchPattern(text);
        Long own = ProjectService.scopeOf(user);
        if (pattern == null || (own != null && own < 0)) {
            return List.of();
        }
        if (own == null) {
            return choices.search(pattern, Limit.of(limit));
        }
        return scope == Scope.PARTNERS ? choices.searchPartnersOf(own, pattern, Limit.of(limit))
                : choices.searchOne(own, pattern);
    }

    /** At most {@code limit} member schools of a project the user may see (404 otherwise). */
    public List<MemberSchool> searchMembers(long projectId, String text, int limit, CurrentUser user) {
        projects.visible(projectId, user);
        String pattern = ListQuery.searchPattern(text);
        return pattern == null ? List.of() : choices.searchMembersOf(projectId, pattern, Limit.of(limit));
    }

    /** Whether a project the user may see (404 otherwise) has member schools (the pair form says so when not). */
    public boolean hasMembers(long projectId, CurrentUser user) {
        projects.visible(projectId, user);
        return choices.projectHasMembers(projectId);
    }

    /** The given schools (null ids left out), to show chosen schools again. */
    public List<MemberSchool> schools(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).toList();
        return known.isEmpty() ? List.of() : choices.findAllById(known);
    }
}

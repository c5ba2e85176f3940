package fr.capmob.portal.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the account module needs to know of schools (their names, to show and pick a user's school).
 * Implemented by the consortium module, which owns schools; the arrow stays consortium → account.
 */
public interface SchoolDirectory {

    record SchoolOption(long id, String label) {
    }

    /**
     * The label pickers show for a school, "name (UAI)", to show a chosen school again (null for null or an
     * unknown id). Pages offer schools through the type-ahead {@code /schools/picker}, never a list of all of them.
     */
    String labelOf(Long schoolId);

    /** At most {@code limit} schools whose name or UAI contains the text, sorted by name (nothing for a blank text). */
    List<SchoolOption> search(String text, int limit);

    /** The names of the given schools, by id (unknown ids are absent). */
    Map<Long, String> namesOf(Collection<Long> schoolIds);

    boolean exists(long schoolId);
}

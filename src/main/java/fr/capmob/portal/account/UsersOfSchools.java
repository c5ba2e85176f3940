package fr.capmob.portal.account;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts attached to a school: how many (a school with users cannot be deleted) and its active referents,
 * whom the documents name as the sending school's contact.
 */
@Component
@Transactional(readOnly = true)
public class UsersOfSchools {

    private final UserAccountRepository users;

    UsersOfSchools(UserAccountRepository users) {
        this.users = users;
    }

    public long count(long schoolId) {
        return users.countBySchoolId(schoolId);
    }

    /** The school's active referents, oldest account first, at most {@code limit}. */
    public List<SchoolContact> referents(long schoolId, int limit) {
        return users.findBySchoolIdAndRoleAndActiveTrue(schoolId, Role.SCHOOL_REFERENT,
                        PageRequest.of(0, limit, Sort.by("id"))).stream()
                .map(user -> new SchoolContact(user.getDisplayName(), user.getEmail())).toList();
    }
}

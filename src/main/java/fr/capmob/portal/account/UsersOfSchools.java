package fr.capmob.portal.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many user accounts are attached to a school (a school with users cannot be deleted). */
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
}

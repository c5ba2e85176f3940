package fr.capmob.portal.account;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import fr.capmob.portal.shared.ListQuery;
import org.springframework.data.jpa.domain.Specification;

/** The users list's search and filters, as one SQL where clause. */
final class UserSpecifications {

    private UserSpecifications() {
    }

    static Specification<UserAccount> matching(UserFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String pattern = ListQuery.searchPattern(filter.search());
            if (pattern != null) {
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
                        cb.like(root.get("email"), pattern, '\\')));
            }
            if (filter.role() != null) {
                predicates.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.schoolId() != null) {
                predicates.add(cb.equal(root.get("schoolId"), filter.schoolId()));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}

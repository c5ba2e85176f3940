package fr.capmob.portal.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    boolean existsByEmailAndIdNot(String normalisedEmail, long id);

    boolean existsByEmail(String normalisedEmail);

    Optional<UserAccount> findByEmail(String normalisedEmail);

    long countBySchoolId(Long schoolId);

    List<UserAccount> findBySchoolIdAndRoleAndActiveTrue(Long schoolId, Role role, Pageable page);
}

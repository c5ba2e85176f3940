package fr.capmob.portal.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    boolean existsByEmailAndIdNot(String normalisedEmail, long id);

    boolean existsByEmail(String normalisedEmail);

    Optional<UserAccount> findByEmail(String normalisedEmail);

    long countBySchoolId(Long schoolId);

    /**
     * Counts one failed sign-in in a single statement (safe under concurrent attempts, and without touching
     * the optimistic-lock version); the attempt that reaches the maximum locks the account.
     * Clears the persistence context so that an account loaded earlier in the same transaction is read again.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            update app_user set
                failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                locked_until = case when failed_attempts + 1 >= :max then :lockedUntil else locked_until end
            where email = :email and (locked_until is null or locked_until <= :now)
            """, nativeQuery = true)
    int recordFailedSignIn(@Param("email") String normalisedEmail, @Param("max") int maxAttempts,
                           @Param("now") Instant now, @Param("lockedUntil") Instant lockedUntil);

    @Modifying(clearAutomatically = true)
    @Query(value = """
            update app_user set failed_attempts = 0, locked_until = null
            where id = :id and (failed_attempts <> 0 or locked_until is not null)
            """, nativeQuery = true)
    int recordSuccessfulSignIn(@Param("id") long id);
}

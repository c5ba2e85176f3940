package fr.capmob.portal.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    /** A new link makes the older unused ones useless: they are marked used (kept for the record). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PasswordToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int invalidateUnused(@Param("userId") long userId, @Param("now") Instant now);
}

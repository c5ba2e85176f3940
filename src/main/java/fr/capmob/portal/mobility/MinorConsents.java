package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.shared.ConcurrentEditException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A minor's parental consent and French exit authorisation (autorisation de sortie du territoire), recorded per
 * mobility with their dates (table {@code mobility_minor_consent}, audited), by the coordinator or the referent of
 * its school. Both must be dated no later than the departure, the consent before it; the move to CONFIRMED checks
 * them ({@link MobilityLifecycle}).
 */
@Service
public class MinorConsents {

    private final MobilityAccess access;
    private final JdbcClient jdbc;
    private final AuditedRows audit;

    MinorConsents(MobilityAccess access, JdbcClient jdbc, AuditedRows audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public MinorConsent get(long mobilityId, CurrentUser user) {
        access.visible(mobilityId, user);
        return read(mobilityId);
    }

    MinorConsent read(long mobilityId) {
        return jdbc.sql("""
                        select v.minor, m.start_date, c.parental_consent_date, s.parental_consent_date as student_consent,
                               v.exit_authorisation_date, v.consent_missing, c.version
                        from mobility_minor_view v join mobility m on m.id = v.mobility_id
                        left join student s on s.id = m.student_id
                        left join mobility_minor_consent c on c.mobility_id = v.mobility_id
                        where v.mobility_id = :id""").param("id", mobilityId)
                .query((rs, n) -> new MinorConsent(mobilityId, rs.getBoolean(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6), rs.getObject(7) == null ? 0 : rs.getLong(7) + 1))
                .single();
    }

    /**
     * Records the consent's and the exit authorisation's dates (either may be empty) under the version read.
     *
     * @throws MobilityProblems a date on or after the departure (the authorisation: after it)
     */
    @Transactional
    public void save(long mobilityId, long version, LocalDate consentDate, LocalDate exitAuthorisationDate,
                     CurrentUser user) {
        Mobility mobility = access.visible(mobilityId, user);
        MobilityActor.of(user, mobility.getSendingSchoolId()).orElseThrow(() -> new AccessDeniedException("read-only role"));
        MobilityProblems.Collector problems = new MobilityProblems.Collector();
        if (consentDate != null && !consentDate.isBefore(mobility.getStartDate())) {
            problems.add("parentalConsentDate", "minor.consent.afterDeparture", mobility.getStartDate());
        }
        if (exitAuthorisationDate != null && exitAuthorisationDate.isAfter(mobility.getStartDate())) {
            problems.add("exitAuthorisationDate", "minor.exit.afterDeparture", mobility.getStartDate());
        }
        problems.throwIfAny();
        MinorConsent current = read(mobilityId);
        if (current.version() != version) {
            throw new ConcurrentEditException(null, null, current.version());
        }
        jdbc.sql("""
                        insert into mobility_minor_consent (mobility_id, parental_consent_date, exit_authorisation_date,
                            updated_at, updated_by)
                        values (:id, :consent, :exit, :at, :by)
                        on conflict (mobility_id) do update set version = mobility_minor_consent.version + 1,
                            parental_consent_date = excluded.parental_consent_date,
                            exit_authorisation_date = excluded.exit_authorisation_date,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("id", mobilityId).param("consent", consentDate).param("exit", exitAuthorisationDate)
                .param("at", Timestamp.from(Instant.now())).param("by", user.email()).update();
        if (version == 0) {
            audit.created("mobility_minor_consent", "mobility_id", mobilityId);
        } else {
            audit.changed("mobility_minor_consent", "mobility_id", mobilityId);
        }
    }

    /** Before CONFIRMED: a minor's parental consent, dated before the departure, and the exit authorisation. */
    void checkBeforeConfirmation(long mobilityId) {
        MinorConsent papers = read(mobilityId);
        if (!papers.minor()) {
            return;
        }
        MobilityProblems.Collector problems = new MobilityProblems.Collector();
        LocalDate consent = papers.parentalConsentDate();
        if (consent == null) {
            problems.add(null, "mobility.transition.consentMissing");
        } else if (!consent.isBefore(papers.departure())) {
            problems.add(null, "mobility.transition.consentAfterDeparture", consent, papers.departure());
        }
        if (papers.exitAuthorisationDate() == null) {
            problems.add(null, "mobility.transition.exitAuthorisationMissing");
        }
        problems.throwIfAny();
    }
}

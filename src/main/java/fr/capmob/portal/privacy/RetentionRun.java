package fr.capmob.portal.privacy;

import fr.capmob.portal.account.AccountPrivacy;
import fr.capmob.portal.mobility.MobilityPrivacy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention rules applied once: anonymises the students and staff members whose every mobility belongs to a
 * project past its retention day (someone with a mobility in a project still kept stays as they are), deactivates
 * the accounts unused for the configured time, purges the one-time and report links used or expired.
 */
@Service
public class RetentionRun {

    static final String BY = "system:retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

    private final RetentionRules rules;
    private final PrivacyService privacy;
    private final MobilityPrivacy mobilities;
    private final AccountPrivacy accounts;
    private final PrivacyProperties properties;
    private final Clock clock;

    RetentionRun(RetentionRules rules, PrivacyService privacy, MobilityPrivacy mobilities, AccountPrivacy accounts,
                 PrivacyProperties properties, Clock clock) {
        this.rules = rules;
        this.privacy = privacy;
        this.mobilities = mobilities;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public RetentionOutcome run() {
        return run(clock.instant());
    }

    /** The rules applied as at {@code now} (the job passes the clock's instant; tests a worked example's day). */
    @Transactional
    public RetentionOutcome run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<RetentionDue> due = rules.dueBy(today);
        List<Long> projects = due.stream().map(d -> d.project().projectId()).toList();
        String detail = "retention: projects " + String.join(", ", due.stream().map(d -> d.project().number()).toList());
        int students = anonymise(PrivacySubject.STUDENT, projects, detail);
        int staff = anonymise(PrivacySubject.STAFF, projects, detail);
        int deactivated = accounts.deactivateInactiveSince(now.minus(properties.inactiveAccountsAfter())).size();
        int passwordLinks = accounts.purgePasswordLinks(now);
        int reportLinks = mobilities.purgeReportLinks(now);
        RetentionOutcome outcome = new RetentionOutcome(due.size(), students, staff, deactivated, passwordLinks, reportLinks);
        log.info("Retention: {}", outcome);
        return outcome;
    }

    private int anonymise(PrivacySubject subject, List<Long> projects, String detail) {
        int done = 0;
        for (long id : mobilities.participantsOnlyIn(PrivacyService.participant(subject), projects)) {
            if (privacy.codeOf(subject, id).isEmpty()) {
                privacy.anonymise(subject, id, 0, BY, detail);
                done++;
            }
        }
        return done;
    }

    /** Who will be anonymised by {@code day} and is not yet: students and staff members, for the coming-month page. */
    @Transactional(readOnly = true)
    public int[] pendingBy(LocalDate day) {
        List<Long> projects = rules.dueBy(day).stream().map(d -> d.project().projectId()).toList();
        return new int[] {pending(PrivacySubject.STUDENT, projects), pending(PrivacySubject.STAFF, projects)};
    }

    private int pending(PrivacySubject subject, List<Long> projects) {
        return (int) mobilities.participantsOnlyIn(PrivacyService.participant(subject), projects).stream()
                .filter(id -> privacy.codeOf(subject, id).isEmpty()).count();
    }
}

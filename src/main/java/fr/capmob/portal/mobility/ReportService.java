package fr.capmob.portal.mobility;

import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.account.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participant reports: the referent of the sending school (or a coordinator) creates a personal, single-use link
 * valid {@link #VALIDITY} for a COMPLETED mobility; the participant answers without an account, which moves the
 * mobility to REPORTED. Answers are read by the coordinators and the participant's school only; accountants never
 * read the free texts.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    public static final Duration VALIDITY = Duration.ofDays(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MobilityService mobilities;
    private final TripService trips;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditedRows audit;
    private final ReportLinkMail linkMail;

    ReportService(MobilityService mobilities, TripService trips, JdbcClient jdbc, Clock clock, AuditedRows audit,
                  ReportLinkMail linkMail) {
        this.audit = audit;
        this.linkMail = linkMail;
        this.mobilities = mobilities;
        this.trips = trips;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this user may create a link for this mobility now (the button of its page). */
    public boolean mayCreateLink(long mobilityId, CurrentUser user) {
        return mayCreateLink(mobilities.get(mobilityId, user), user);
    }

    /** The same for a mobility already loaded for this user (its page loads it once). */
    static boolean mayCreateLink(MobilityDetails mobility, CurrentUser user) {
        return mobility.status() == MobilityStatus.COMPLETED && ReportKind.of(mobility.activityType()).isPresent()
                && MobilityActor.of(user, mobility.sendingSchoolId()).isPresent();
    }

    /**
     * A new link for a COMPLETED mobility, e-mailed to the participant when their record has an address; replaces
     * (voids) any unused link of the same mobility.
     */
    @Transactional
    public ReportLink createLink(long mobilityId, CurrentUser user) {
        MobilityDetails mobility = mobilities.get(mobilityId, user); // 404 outside the user's scope
        MobilityActor.of(user, mobility.sendingSchoolId()).orElseThrow(() -> new AccessDeniedException("read-only role"));
        if (ReportKind.of(mobility.activityType()).isEmpty()) {
            throw new MobilityRuleException(null, "report.link.noReport");
        }
        if (mobility.status() != MobilityStatus.COMPLETED) {
            throw new MobilityRuleException(null, "report.link.notCompleted");
        }
        jdbc.sql("delete from report_link where mobility_id = :m and used_at is null").param("m", mobilityId).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        jdbc.sql("""
                        insert into report_link (mobility_id, token_hash, created_by, created_at, expires_at)
                        values (:m, :hash, :by, :at, :expires)""")
                .param("m", mobilityId).param("hash", hash(token)).param("by", user.email())
                .param("at", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        String mailedTo = linkMail.send(mobilityId, hash(token), token, expires, now).orElse(null);
        return new ReportLink(mobilityId, mobility.reference(), mobility.participantName(), token, expires, mailedTo);
    }

    /** Links for every COMPLETED learner mobility of a trip the user may act on (escorts get none). */
    @Transactional
    public List<ReportLink> createLinksForTrip(long tripId, CurrentUser user) {
        TripDetails trip = trips.get(tripId, user); // 404 outside the user's scope
        if (!user.isCoordinator() && !user.isReferent()) {
            throw new AccessDeniedException("read-only role");
        }
        List<ReportLink> links = new ArrayList<>();
        for (TripParticipant participant : trip.participants()) {
            // a participant the user only reads (a tutoring partner's) gets no link from them
            if (participant.learner() && participant.status() == MobilityStatus.COMPLETED
                    && participant.readable() && mayCreateLink(participant.mobilityId(), user)) {
                links.add(createLink(participant.mobilityId(), user));
            }
        }
        return links;
    }

    /** The latest link of a mobility the user may report on, if any. */
    public Optional<ReportLinkState> latestLink(long mobilityId, CurrentUser user) {
        return latestLink(mobilities.get(mobilityId, user), user);
    }

    Optional<ReportLinkState> latestLink(MobilityDetails mobility, CurrentUser user) {
        long mobilityId = mobility.id().value();
        if (MobilityActor.of(user, mobility.sendingSchoolId()).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("select created_at, expires_at, used_at from report_link where mobility_id = :m"
                        + " order by created_at desc, id desc limit 1")
                .param("m", mobilityId)
                .query((rs, n) -> {
                    Instant expires = rs.getTimestamp("expires_at").toInstant();
                    Timestamp used = rs.getTimestamp("used_at");
                    return new ReportLinkState(rs.getTimestamp("created_at").toInstant(), expires,
                            used == null ? null : used.toInstant(), !expires.isAfter(now));
                }).optional();
    }

    /** Who the link is for, if it is known, unused and not expired; empty otherwise (all three alike). */
    public Optional<ReportInvitation> invitation(String token) {
        return usableLink(token, false).map(link -> {
            record Row(String activity, String name, String reference, String city, String country) {
            }
            Row row = jdbc.sql("""
                            select m.activity_type, m.reference, c.name as city, c.country,
                                   coalesce(st.first_name || ' ' || st.last_name, sf.first_name || ' ' || sf.last_name) as name
                            from mobility m join city c on c.id = m.destination_city_id
                            left join student st on st.id = m.student_id left join staff_member sf on sf.id = m.staff_id
                            where m.id = :m""")
                    .param("m", link.mobilityId())
                    .query((rs, n) -> new Row(rs.getString("activity_type"), rs.getString("name"),
                            rs.getString("reference"), rs.getString("city"), rs.getString("country")))
                    .single();
            ReportKind kind = ReportKind.of(ActivityType.valueOf(row.activity())).orElseThrow(InvalidReportLinkException::new);
            return new ReportInvitation(kind, row.name(), row.reference(), row.city(), row.country());
        });
    }

    /** Stores the answers, uses the link up and moves the mobility to REPORTED; an unusable link changes nothing. */
    @Transactional
    public void submit(String token, ReportAnswers answers) {
        Link link = usableLink(token, true).orElseThrow(InvalidReportLinkException::new);
        ReportInvitation invitation = invitation(token).orElseThrow(InvalidReportLinkException::new);
        boolean learner = invitation.kind() == ReportKind.LEARNER;
        Instant now = clock.instant();
        int stored = jdbc.sql("""
                        insert into participant_report (mobility_id, kind, improved_language, more_confidence, would_go_again,
                            satisfaction, learned, free_comment, practices, would_recommend, language, submitted_at)
                        values (:m, :kind, :lang, :conf, :again, :sat, :learned, :comment, :practices, :recommend, :language, :at)
                        on conflict (mobility_id) do nothing""")
                .param("m", link.mobilityId()).param("kind", invitation.kind().name())
                .param("lang", learner ? answers.improvedLanguage() : null)
                .param("conf", learner ? answers.moreConfidence() : null)
                .param("again", learner ? answers.wouldGoAgain() : null)
                .param("sat", learner ? answers.satisfaction() : null)
                .param("learned", learner ? blankToNull(answers.learned()) : null)
                .param("comment", blankToNull(answers.freeComment()))
                .param("practices", learner ? null : blankToNull(answers.practices()))
                .param("recommend", learner ? null : answers.wouldRecommend())
                .param("language", "en".equals(answers.language()) ? "en" : "fr")
                .param("at", Timestamp.from(now)).update();
        if (stored == 1) {
            audit.created("participant_report", "mobility_id", link.mobilityId());
        }
        jdbc.sql("update report_link set used_at = :at where id = :id")
                .param("at", Timestamp.from(now)).param("id", link.id()).update();
        try {
            mobilities.reportedByParticipant(link.mobilityId());
        } catch (MobilityRuleException notCompletedAnyMore) {
            // cancelled or already reported by hand since the link was made: the link is not usable any more
            throw new InvalidReportLinkException();
        }
    }

    /** The report of a mobility, for the coordinator and the participant's school; free texts hidden from accountants. */
    public Optional<ReportView> report(long mobilityId, CurrentUser user) {
        return report(mobilities.get(mobilityId, user), user); // 404 for other schools
    }

    Optional<ReportView> report(MobilityDetails mobility, CurrentUser user) {
        long mobilityId = mobility.id().value();
        boolean ownSchool = user.schoolId() != null && user.schoolId() == mobility.sendingSchoolId();
        if (!user.isCoordinator() && !ownSchool) {
            return Optional.empty();
        }
        boolean freeText = !user.isAccountant();
        return jdbc.sql("select * from participant_report where mobility_id = :m").param("m", mobilityId)
                .query((rs, n) -> new ReportView(ReportKind.valueOf(rs.getString("kind")), new ReportAnswers(
                        (Boolean) rs.getObject("improved_language"), (Boolean) rs.getObject("more_confidence"),
                        (Boolean) rs.getObject("would_go_again"), rs.getObject("satisfaction", Integer.class),
                        freeText ? rs.getString("learned") : null, freeText ? rs.getString("free_comment") : null,
                        freeText ? rs.getString("practices") : null, (Boolean) rs.getObject("would_recommend"),
                        rs.getString("language")), rs.getTimestamp("submitted_at").toInstant(), freeText))
                .optional();
    }

    private record Link(long id, long mobilityId) {
    }

    private Optional<Link> usableLink(String token, boolean lock) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select l.id, l.mobility_id from report_link l join mobility m on m.id = l.mobility_id
                        where l.token_hash = :hash and l.used_at is null and l.expires_at > :now
                          and m.status = 'COMPLETED'""" + (lock ? " for update of l" : ""))
                .param("hash", hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2))).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package fr.capmob.portal.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice, per {@link NotificationKind}, of how they receive it (table {@code notification_choice}; no
 * row = the kind's default), and the active users to notify of a kind for a school, with their choice.
 */
@Service
@Transactional
public class NotificationPreferences {

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The choices of a user for every kind their role receives, in {@link NotificationKind} order. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, NotificationDelivery> choices(long userId, Role role) {
        Map<NotificationKind, NotificationDelivery> choices = new EnumMap<>(NotificationKind.class);
        NotificationKind.of(role).forEach(kind -> choices.put(kind, kind.byDefault()));
        jdbc.sql("select kind, delivery from notification_choice where user_id = :user").param("user", userId)
                .query((rs, n) -> Map.entry(rs.getString("kind"), rs.getString("delivery"))).list()
                .forEach(row -> choices.computeIfPresent(NotificationKind.valueOf(row.getKey()),
                        (kind, old) -> NotificationDelivery.valueOf(row.getValue())));
        return choices;
    }

    /** Records the user's choices; kinds not of their role and deliveries a kind does not offer are refused. */
    public void choose(long userId, Role role, Map<NotificationKind, NotificationDelivery> choices) {
        choices.forEach((kind, delivery) -> {
            if (kind.audience().role() != role || !kind.deliveries().contains(delivery)) {
                throw new AccountRuleException("choices", "notification.choice.invalid");
            }
        });
        choices.forEach((kind, delivery) -> jdbc.sql("""
                        insert into notification_choice (user_id, kind, delivery) values (:user, :kind, :delivery)
                        on conflict (user_id, kind) do update set delivery = excluded.delivery""")
                .param("user", userId).param("kind", kind.name()).param("delivery", delivery.name()).update());
    }

    /**
     * The active users to notify of this kind about a mobility of {@code schoolId} (ignored for coordinators), who
     * have not turned it off: the school's referents; the school's accountants and the consortium's; every coordinator.
     */
    @Transactional(readOnly = true)
    public List<NotificationRecipient> recipients(NotificationKind kind, Long schoolId) {
        String scope = switch (kind.audience()) {
            case SCHOOL_REFERENTS -> " and u.school_id = :school";
            case ACCOUNTANTS -> " and (u.school_id = :school or u.school_id is null)";
            case COORDINATORS -> "";
        };
        return jdbc.sql("""
                        select u.id, u.email, u.display_name, u.preferred_language,
                               coalesce(c.delivery, :byDefault) as delivery
                        from app_user u left join notification_choice c on c.user_id = u.id and c.kind = :kind
                        where u.active and u.role = :role and coalesce(c.delivery, :byDefault) <> 'OFF'"""
                        + scope + " order by u.id")
                .param("kind", kind.name()).param("byDefault", kind.byDefault().name())
                .param("role", kind.audience().role().name()).params(scope.isEmpty() ? Map.of() : schoolParam(schoolId))
                .query((rs, n) -> new NotificationRecipient(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("preferred_language"),
                        NotificationDelivery.valueOf(rs.getString("delivery"))))
                .list();
    }

    private static Map<String, Object> schoolParam(Long schoolId) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("school", schoolId);
        return params;
    }

    /** An active user as a recipient of their digest (delivery DIGEST), if they exist and are active. */
    @Transactional(readOnly = true)
    public Optional<NotificationRecipient> digestRecipient(long userId) {
        return jdbc.sql("select id, email, display_name, preferred_language from app_user where id = :id and active")
                .param("id", userId)
                .query((rs, n) -> new NotificationRecipient(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("preferred_language"), NotificationDelivery.DIGEST))
                .optional();
    }
}

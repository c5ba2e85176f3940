package fr.capmob.portal.privacy;

import fr.capmob.portal.account.AccountPrivacy;
import fr.capmob.portal.mobility.MobilityPrivacy;
import fr.capmob.portal.mobility.ParticipantMobilityData;
import fr.capmob.portal.participant.ParticipantPrivacy;
import fr.capmob.portal.privacy.AuditHistoryScrubber.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal columns of an anonymised person, as they are overwritten in the audit history ({@code <table>_aud})
 * too: the same values as on the record (the code, nothing, the year of birth, a dash for required reasons).
 */
@Component
class HistoryAnonymiser {

    private final AuditHistoryScrubber scrubber;
    private final MobilityPrivacy mobilities;

    HistoryAnonymiser(AuditHistoryScrubber scrubber, MobilityPrivacy mobilities) {
        this.scrubber = scrubber;
        this.mobilities = mobilities;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int anonymise(PrivacySubject subject, long id, String code) {
        return anonymise(subject, id, code, subject.isParticipant() ? mobilityIds(subject, id) : List.of());
    }

    /** As {@link #anonymise}, for a person erased with the given mobilities (no longer there to look up). */
    @Transactional(propagation = Propagation.MANDATORY)
    int anonymise(PrivacySubject subject, long id, String code, List<Long> mobilityIds) {
        return switch (subject) {
            case STUDENT -> scrubber.scrub("student", "id", List.of(id), student(code)) + mobilityHistory(mobilityIds);
            case STAFF -> scrubber.scrub("staff_member", "id", List.of(id), staff(code)) + mobilityHistory(mobilityIds);
            case USER -> scrubber.scrub("app_user", "id", List.of(id), values(
                    "email", code.toLowerCase() + "@" + AccountPrivacy.ANONYMISED_DOMAIN, "display_name", code,
                    "password_hash", null));
        };
    }

    private static Map<String, Object> student(String code) {
        Map<String, Object> values = names(code);
        values.putAll(values("email", null, "phone", null, "specialty", null, "class_name", null,
                "fewer_opportunities_justification", null, "parental_consent_date", null,
                "emergency_contact_name", null, "emergency_contact_phone", null));
        values.put("birth_date", new Expression("make_date(extract(year from birth_date)::int, 1, 1)"));
        return values;
    }

    private static Map<String, Object> staff(String code) {
        Map<String, Object> values = names(code);
        values.putAll(values("email", null, "phone", null, "subjects", null, "languages", null));
        return values;
    }

    private static Map<String, Object> names(String code) {
        String first = ParticipantPrivacy.PSEUDONYM_FIRST_NAME;
        return values("last_name", code, "first_name", first, "normalised_last_name", code.toLowerCase(),
                "normalised_first_name", first.toLowerCase());
    }

    List<Long> mobilityIds(PrivacySubject subject, long id) {
        return mobilities.mobilitiesOf(PrivacyService.participant(subject), id).stream()
                .map(ParticipantMobilityData::id).toList();
    }

    private int mobilityHistory(List<Long> ids) {
        Map<String, Object> texts = values("learning_outcomes", null, "tasks", null, "mentor", null, "notes", null,
                "location_comment", null, "inclusion_justification", null, "force_majeure_note", null);
        texts.put("cancellation_reason", new Expression(
                "case when cancellation_reason is null then null else '" + MobilityPrivacy.ANONYMISED_TEXT + "' end"));
        return scrubber.scrub("mobility", "id", ids, texts)
                + scrubber.scrub("mobility_transition", "mobility_id", ids, values("comment", null))
                + scrubber.scrub("mobility_grant_change", "mobility_id", ids, values("reason", MobilityPrivacy.ANONYMISED_TEXT))
                + scrubber.scrub("participant_report", "mobility_id", ids,
                        values("learned", null, "free_comment", null, "practices", null));
    }

    /** Column, value, column, value… (values may be null). */
    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

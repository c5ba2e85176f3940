package fr.capmob.portal.privacy;

import fr.capmob.portal.account.AccountPrivacy;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityPrivacy;
import fr.capmob.portal.mobility.MobilityPrivacy.Participant;
import fr.capmob.portal.mobility.ParticipantMobilityData;
import fr.capmob.portal.participant.ParticipantPrivacy;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure and anonymisation of one person, by a coordinator (or the retention job). A participant who ever left
 * (a mobility in progress, completed or reported) is anonymised, never erased; one who never did is erased with
 * their mobilities (refused when a payment or expenditure refers to one). Every request is recorded.
 */
@Service
@Transactional
public class PrivacyService {

    /** What replaces an erased person's names in the audit history. */
    static final String ERASED = "ERASED";

    private final ParticipantPrivacy participants;
    private final MobilityPrivacy mobilities;
    private final AccountPrivacy accounts;
    private final Pseudonyms pseudonyms;
    private final PrivacyRequests requests;
    private final HistoryAnonymiser history;

    PrivacyService(ParticipantPrivacy participants, MobilityPrivacy mobilities, AccountPrivacy accounts,
                   Pseudonyms pseudonyms, PrivacyRequests requests, HistoryAnonymiser history) {
        this.participants = participants;
        this.mobilities = mobilities;
        this.accounts = accounts;
        this.pseudonyms = pseudonyms;
        this.requests = requests;
        this.history = history;
    }

    static void requireCoordinator(CurrentUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new AccessDeniedException("data-protection requests are the coordinators'");
        }
    }

    /** The pseudonymous code of an anonymised person; empty when they are not anonymised. */
    @Transactional(readOnly = true)
    public Optional<String> codeOf(PrivacySubject subject, long id) {
        return pseudonyms.codeOf(subject, id);
    }

    /** Whether the participant ever left (then they can be anonymised, not erased). Users never travel. */
    @Transactional(readOnly = true)
    public boolean hasTravelled(PrivacySubject subject, long id) {
        return subject.isParticipant() && mobilities.hasTravelled(participant(subject), id);
    }

    /** The participant's mobilities (what an erasure would delete, what an anonymisation keeps). */
    @Transactional(readOnly = true)
    public List<ParticipantMobilityData> mobilitiesOf(PrivacySubject subject, long id) {
        return subject.isParticipant() ? mobilities.mobilitiesOf(participant(subject), id) : List.of();
    }

    public void erase(PrivacySubject subject, long id, CurrentUser user) {
        requireCoordinator(user);
        if (!subject.isParticipant()) {
            throw new PrivacyRuleException("privacy.erase.usersAreAnonymised");
        }
        requireUntouched(subject, id);
        if (hasTravelled(subject, id)) {
            throw new PrivacyRuleException("privacy.erase.travelled");
        }
        int deleted;
        List<Long> mobilityIds = history.mobilityIds(subject, id);
        try {
            deleted = mobilities.deleteMobilitiesThatNeverTookPlace(participant(subject), id);
            if (subject == PrivacySubject.STUDENT) {
                participants.eraseStudent(id);
            } else {
                participants.eraseStaff(id);
            }
        } catch (DataIntegrityViolationException e) {
            throw new PrivacyRuleException("privacy.erase.paid");
        }
        // the deletion entries and earlier versions in the audit history keep no name either
        history.anonymise(subject, id, ERASED, mobilityIds);
        requests.record(PrivacyAction.ERASURE, subject, id, null, "mobilities=" + deleted, user.email());
    }

    /** Anonymises the person at a coordinator's request; returns their pseudonymous code. */
    public String anonymise(PrivacySubject subject, long id, CurrentUser user) {
        requireCoordinator(user);
        requireUntouched(subject, id);
        if (subject == PrivacySubject.USER && user.id() == id) {
            throw new PrivacyRuleException("privacy.anonymise.self");
        }
        return anonymise(subject, id, user.id(), user.email(), null);
    }

    /** Anonymises the person (also the retention job's way, with {@code actingUserId} 0 and its own name). */
    String anonymise(PrivacySubject subject, long id, long actingUserId, String requestedBy, String detail) {
        String code = pseudonyms.assign(subject, id);
        switch (subject) {
            case STUDENT -> participants.anonymiseStudent(id, code);
            case STAFF -> participants.anonymiseStaff(id, code);
            case USER -> accounts.anonymise(id, code, actingUserId);
        }
        if (subject.isParticipant()) {
            mobilities.anonymiseTexts(participant(subject), id);
        }
        int historyRows = history.anonymise(subject, id, code);
        String what = (detail == null ? "" : detail + "; ") + "history rows=" + historyRows;
        requests.record(PrivacyAction.ANONYMISATION, subject, id, code, what, requestedBy);
        return code;
    }

    private void requireUntouched(PrivacySubject subject, long id) {
        if (pseudonyms.codeOf(subject, id).isPresent()) {
            throw new PrivacyRuleException("privacy.alreadyAnonymised");
        }
    }

    static Participant participant(PrivacySubject subject) {
        return subject == PrivacySubject.STUDENT ? Participant.STUDENT : Participant.STAFF;
    }
}

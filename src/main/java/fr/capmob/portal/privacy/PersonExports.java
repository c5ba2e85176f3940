package fr.capmob.portal.privacy;

import fr.capmob.portal.account.AccountPrivacy;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.documents.PdfRenderer;
import fr.capmob.portal.mobility.MobilityPrivacy;
import fr.capmob.portal.participant.ParticipantPrivacy;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The data-protection export of one person, read by a coordinator, as a PDF (readable) or JSON (portable); recorded. */
@Service
@Transactional
public class PersonExports {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ParticipantPrivacy participants;
    private final MobilityPrivacy mobilities;
    private final AccountPrivacy accounts;
    private final Pseudonyms pseudonyms;
    private final PrivacyRequests requests;
    private final PdfRenderer pdf;
    private final Clock clock;

    PersonExports(ParticipantPrivacy participants, MobilityPrivacy mobilities, AccountPrivacy accounts,
                  Pseudonyms pseudonyms, PrivacyRequests requests, PdfRenderer pdf, Clock clock) {
        this.participants = participants;
        this.mobilities = mobilities;
        this.accounts = accounts;
        this.pseudonyms = pseudonyms;
        this.requests = requests;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Everything about the person (404 when there is no such person), without recording a request. */
    @Transactional(readOnly = true)
    public PersonExport read(PrivacySubject subject, long id, CurrentUser user) {
        PrivacyService.requireCoordinator(user);
        String code = pseudonyms.codeOf(subject, id).orElse(null);
        List<PrivacyRequestRow> history = requests.about(subject, id);
        return switch (subject) {
            case STUDENT -> new PersonExport(subject, id, code, clock.instant(), user.email(),
                    participants.student(id, user), null, null,
                    mobilities.mobilitiesOf(MobilityPrivacy.Participant.STUDENT, id), history);
            case STAFF -> new PersonExport(subject, id, code, clock.instant(), user.email(), null,
                    participants.staffMember(id, user), null,
                    mobilities.mobilitiesOf(MobilityPrivacy.Participant.STAFF, id), history);
            case USER -> new PersonExport(subject, id, code, clock.instant(), user.email(), null, null,
                    accounts.dataOf(id), List.of(), history);
        };
    }

    /** Writes the JSON export and records the request. */
    public void writeJson(PrivacySubject subject, long id, CurrentUser user, OutputStream out) {
        PersonExport export = read(subject, id, user);
        requests.record(PrivacyAction.EXPORT_JSON, subject, id, export.pseudonym(), null, user.email());
        JSON.writeValue(out, export);
    }

    /** Writes the PDF export in the user's language and records the request. */
    public void writePdf(PrivacySubject subject, long id, CurrentUser user, Locale locale, OutputStream out) {
        PersonExport export = read(subject, id, user);
        requests.record(PrivacyAction.EXPORT_PDF, subject, id, export.pseudonym(), null, user.email());
        pdf.renderTemplate("privacy/pdf/export", Map.of("export", export, "sections", ExportSections.of(export, locale)),
                locale, out);
    }
}

package fr.capmob.portal.documents;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolContact;
import fr.capmob.portal.account.UsersOfSchools;
import fr.capmob.portal.consortium.SchoolService;
import fr.capmob.portal.mobility.MobilityService;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.mobility.TripDetails;
import fr.capmob.portal.mobility.TripParticipant;
import fr.capmob.portal.mobility.TripService;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The documents of a mobility and of a trip. Whoever may see the mobility may print its documents (another
 * school's mobility does not exist for them: 404); a trip's combined document holds the mobilities of that trip
 * the user may see, cancelled ones left out.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** The learning agreement names up to two referents of the sending school for the host to contact. */
    private static final int REFERENTS_NAMED = 2;

    private final MobilityService mobilities;
    private final TripService trips;
    private final DocumentQueries queries;
    private final PdfRenderer renderer;
    private final ITemplateEngine templates;
    private final UsersOfSchools schoolUsers;

    DocumentService(MobilityService mobilities, TripService trips, DocumentQueries queries, PdfRenderer renderer,
                    ITemplateEngine templates, UsersOfSchools schoolUsers) {
        this.schoolUsers = schoolUsers;
        this.mobilities = mobilities;
        this.trips = trips;
        this.queries = queries;
        this.renderer = renderer;
        this.templates = templates;
    }

    /** One document of one mobility the user may see, with what it lacks. */
    public MobilityDocument forMobility(long mobilityId, DocumentKind kind, CurrentUser user) {
        mobilities.get(mobilityId, user);
        MobilitySheet sheet = queries.sheet(mobilityId);
        return new MobilityDocument(kind, sheet, DocumentRequirements.missing(kind, sheet, permissions(sheet, user)));
    }

    /** One document for each mobility of the trip that the user may see and that is not cancelled. */
    public TripDocuments forTrip(long tripId, DocumentKind kind, CurrentUser user) {
        TripDetails trip = trips.get(tripId, user);
        List<Long> ids = trip.participants().stream()
                .filter(p -> p.readable() && p.status() != MobilityStatus.CANCELLED)
                .map(TripParticipant::mobilityId).toList();
        List<MobilityDocument> documents = queries.sheets(ids).stream()
                .map(sheet -> new MobilityDocument(kind, sheet,
                        DocumentRequirements.missing(kind, sheet, permissions(sheet, user))))
                .toList();
        return new TripDocuments(tripId, trip.name(), kind, documents);
    }

    /** Asked only for a document that lacks something (so a complete trip costs no statement per mobility). */
    private DocumentRequirements.Permissions permissions(MobilitySheet sheet, CurrentUser user) {
        return new DocumentRequirements.Permissions() {
            @Override
            public boolean mayEditMobility() {
                return mobilities.mayEdit(sheet.id().value(), user);
            }

            @Override
            public boolean mayEditSchool() {
                return SchoolService.mayEdit(user, sheet.school().id());
            }
        };
    }

    /**
     * Writes the documents into one PDF, each from a new page; a document that lacks data prints the page that
     * lists what it lacks. {@code portalUrl}: the portal's address, for the links of those pages.
     */
    public void writePdf(List<MobilityDocument> documents, Locale requested, String portalUrl, OutputStream out) {
        Locale language = DocumentFormat.language(requested);
        Map<Long, List<SchoolContact>> contacts = new HashMap<>();
        Iterator<MobilityDocument> each = documents.iterator();
        renderer.render(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public String next() {
                return xhtml(each.next(), language, portalUrl, contacts);
            }
        }, out);
    }

    /**
     * A trip's bundle: the complete documents, one after another, then — when some mobilities lack data — one
     * closing page naming them and what they lack, so a printed bundle never has an error page among the documents
     * and nothing is left out silently. A trip with no mobility gets a one-page PDF saying so.
     */
    public void writeTripPdf(TripDocuments trip, Locale requested, String portalUrl, OutputStream out) {
        List<MobilityDocument> complete = trip.documents().stream().filter(MobilityDocument::complete).toList();
        List<MobilityDocument> incomplete = trip.documents().stream().filter(d -> !d.complete()).toList();
        if (trip.documents().isEmpty()) {
            writeEmptyTripPdf(trip, requested, out);
            return;
        }
        Locale language = DocumentFormat.language(requested);
        Map<Long, List<SchoolContact>> contacts = new HashMap<>();
        Iterator<String> pages = Stream.concat(
                complete.stream().map(document -> xhtml(document, language, portalUrl, contacts)),
                incomplete.isEmpty() ? Stream.empty() : Stream.of(leftOutPage(trip, incomplete, language, portalUrl)))
                .iterator();
        renderer.render(pages, out);
    }

    private String leftOutPage(TripDocuments trip, List<MobilityDocument> incomplete, Locale language,
                               String portalUrl) {
        Context context = new Context(language);
        context.setVariable("trip", trip);
        context.setVariable("leftOut", incomplete);
        context.setVariable("fmt", DocumentFormat.of(language));
        context.setVariable("portalUrl", portalUrl);
        return templates.process("documents/pdf/trip-left-out", context);
    }

    /** A one-page PDF saying that the trip has no mobility to print. */
    private void writeEmptyTripPdf(TripDocuments trip, Locale requested, OutputStream out) {
        Locale language = DocumentFormat.language(requested);
        Context context = new Context(language);
        context.setVariable("trip", trip);
        context.setVariable("fmt", DocumentFormat.of(language));
        renderer.render(List.of(templates.process("documents/pdf/empty-trip", context)).iterator(), out);
    }

    /** {@code contacts}: the sending schools' referents already read for this PDF (one statement per school). */
    String xhtml(MobilityDocument document, Locale language, String portalUrl, Map<Long, List<SchoolContact>> contacts) {
        Context context = new Context(language);
        if (document.kind() == DocumentKind.LEARNING_AGREEMENT && document.complete()) {
            long school = document.sheet().school().id();
            context.setVariable("schoolContacts",
                    contacts.computeIfAbsent(school, id -> schoolUsers.referents(id, REFERENTS_NAMED)));
        }
        context.setVariable("doc", document.sheet());
        context.setVariable("kind", document.kind());
        context.setVariable("missing", document.missing());
        context.setVariable("fmt", DocumentFormat.of(language));
        context.setVariable("portalUrl", portalUrl);
        return templates.process(document.complete() ? document.kind().template() : "documents/pdf/missing", context);
    }
}

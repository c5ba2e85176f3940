package fr.capmob.portal.documents.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.documents.DocumentFileNames;
import fr.capmob.portal.documents.DocumentFormat;
import fr.capmob.portal.documents.DocumentKind;
import fr.capmob.portal.documents.DocumentService;
import fr.capmob.portal.documents.MobilityDocument;
import fr.capmob.portal.documents.TripDocuments;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The documents as PDF, streamed: one per mobility, one combined per trip. The language is the page's, or the one
 * asked with {@code ?language=fr|en} (which prints an English document without switching the portal's language).
 * A mobility that lacks data for the document gets a page that lists what lacks, with links to fix it.
 */
@Controller
class DocumentController {

    private final DocumentService documents;
    private final MessageSource messages;

    DocumentController(DocumentService documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/mobilities/{id}/documents/{kind}.pdf")
    String mobility(@PathVariable long id, @PathVariable String kind, @RequestParam(required = false) String language,
                    @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        DocumentKind documentKind = kindOf(kind);
        MobilityDocument document = documents.forMobility(id, documentKind, user);
        Locale documentLanguage = language(language, locale);
        if (!document.complete()) {
            model.addAttribute("document", document);
            model.addAttribute("documentLanguage", documentLanguage);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return "documents/missing";
        }
        String title = messages.getMessage("documents.file." + documentKind.slug(), null, documentLanguage);
        startPdf(response, document.fileName(title));
        documents.writePdf(List.of(document), documentLanguage, portalUrl(), response.getOutputStream());
        return null;
    }

    @GetMapping("/trips/{id}/documents/{kind}.pdf")
    void trip(@PathVariable long id, @PathVariable String kind, @RequestParam(required = false) String language,
              @AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        DocumentKind documentKind = kindOf(kind);
        TripDocuments trip = documents.forTrip(id, documentKind, user);
        Locale documentLanguage = language(language, locale);
        String title = messages.getMessage("documents.file." + documentKind.slug(), null, documentLanguage);
        startPdf(response, DocumentFileNames.of(title, trip.tripName()));
        documents.writeTripPdf(trip, documentLanguage, portalUrl(), response.getOutputStream());
    }

    private static DocumentKind kindOf(String slug) {
        return DocumentKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("document", slug));
    }

    private static Locale language(String asked, Locale page) {
        return DocumentFormat.language(asked == null || asked.isBlank() ? page : Locale.forLanguageTag(asked));
    }

    private static void startPdf(HttpServletResponse response, String fileName) {
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static String portalUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}

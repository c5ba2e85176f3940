package fr.capmob.portal.exports.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.exports.CsvStyle;
import fr.capmob.portal.exports.ExportFormat;
import fr.capmob.portal.exports.ExportKind;
import fr.capmob.portal.exports.ExportRequest;
import fr.capmob.portal.exports.ExportService;
import fr.capmob.portal.exports.MissingProjectException;
import fr.capmob.portal.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exports page and the downloads. A download checks the role and the scope first (403 / 404 before any byte is
 * written), then streams the file straight to the response, never cached.
 */
@Controller
class ExportController {

    private final ExportService exports;
    private final Clock clock;

    ExportController(ExportService exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/exports")
    String page(@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("kinds", exports.available(user));
        model.addAttribute("projects", exports.projects(user));
        // a school-scoped user's own school, shown; the consortium's users pick one with the shared picker
        model.addAttribute("schools", user.seesWholeConsortium() ? List.of() : exports.schools(user));
        model.addAttribute("wholeConsortium", user.seesWholeConsortium());
        model.addAttribute("styles", CsvStyle.values());
        model.addAttribute("formats", ExportFormat.values());
        return "exports/index";
    }

    @GetMapping("/exports/{kind}")
    String download(@PathVariable String kind, @RequestParam(required = false) String format,
                    @RequestParam(required = false) String separator,
                    @RequestParam(defaultValue = "false") boolean pseudonymised,
                    @RequestParam(required = false) Long project, @RequestParam(required = false) Long school,
                    @AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response,
                    RedirectAttributes redirect) throws IOException {
        ExportKind exportKind = Arrays.stream(ExportKind.values()).filter(k -> k.slug().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("export", kind));
        ExportFormat exportFormat = parse(ExportFormat.class, format, ExportFormat.CSV);
        CsvStyle style = parse(CsvStyle.class, separator, CsvStyle.SEMICOLON);
        if (exportFormat == null || style == null) {
            redirect.addFlashAttribute("warning", "exports.error.format");
            return "redirect:/exports";
        }
        ExportRequest request;
        try {
            request = exports.resolve(user, exportKind, exportFormat, style, pseudonymised, project, school, locale);
        } catch (MissingProjectException e) {
            redirect.addFlashAttribute("warning", "exports.error.projectRequired");
            return "redirect:/exports";
        }
        response.setContentType(exports.contentType(request));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(exports.fileName(request, LocalDate.now(clock)), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        exports.write(request, user, response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    /** The enum constant named by the parameter (case ignored), the default when absent, null when unknown. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, E absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        return null;
    }
}

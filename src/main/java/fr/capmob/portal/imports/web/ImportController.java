package fr.capmob.portal.imports.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.imports.ImportCommitException;
import fr.capmob.portal.imports.ImportFileException;
import fr.capmob.portal.imports.ImportKind;
import fr.capmob.portal.imports.ImportPreview;
import fr.capmob.portal.imports.ImportRowsException;
import fr.capmob.portal.imports.ImportService;
import fr.capmob.portal.imports.RowProblem;
import fr.capmob.portal.shared.NotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload page and CSV template per kind, preview of an uploaded file, confirmation. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'SCHOOL_REFERENT')")
class ImportController {

    private final ImportService imports;
    private final SchoolDirectory schools;
    private final MessageSource messages;

    ImportController(ImportService imports, SchoolDirectory schools, MessageSource messages) {
        this.imports = imports;
        this.schools = schools;
        this.messages = messages;
    }

    @GetMapping("/imports/{kind}")
    String uploadPage(@PathVariable String kind, @AuthenticationPrincipal CurrentUser user, Model model) {
        return upload(kindOf(kind), null, null, user, model);
    }

    /** Where an upload over 2 MB ends (see {@link UploadLimits}). */
    @GetMapping(UploadLimits.PAGE)
    @PreAuthorize("isAuthenticated()")
    String tooLarge(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("kind", kind == null ? null : ImportKind.fromSlug(kind).orElse(null));
        return "imports/too-large";
    }

    @GetMapping("/imports/{kind}/template.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind, Locale locale) {
        ImportKind importKind = kindOf(kind);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("capmob-" + importKind.slug() + ".csv").build().toString())
                .body(ImportService.template(importKind, locale));
    }

    @PostMapping("/imports/{kind}")
    String uploadFile(@PathVariable String kind, @RequestParam(required = false) MultipartFile file,
                      @RequestParam(required = false) Long schoolId, @AuthenticationPrincipal CurrentUser user,
                      Locale locale, Model model) throws IOException {
        ImportKind importKind = kindOf(kind);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            UUID batch = imports.upload(importKind, file == null ? null : file.getOriginalFilename(), content, schoolId,
                    user, locale);
            return "redirect:/imports/batches/" + batch;
        } catch (ImportFileException refused) {
            return upload(importKind, messages.getMessage(refused.messageKey(), refused.args(), locale), schoolId, user, model);
        }
    }

    @GetMapping("/imports/batches/{id}")
    String preview(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        return preview(imports.preview(id, user, locale), locale, model);
    }

    @PostMapping("/imports/batches/{id}/confirm")
    String confirm(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
                   RedirectAttributes redirect) {
        try {
            ImportService.ImportResult result = imports.confirm(id, user, locale);
            redirect.addFlashAttribute("success", "imports.done");
            redirect.addFlashAttribute("successArgs", result.written());
            return "redirect:/" + result.kind().slug();
        } catch (ImportRowsException changed) {
            model.addAttribute("failure", messages.getMessage("imports.confirm.changed", null, locale));
            return preview(changed.preview(), locale, model);
        } catch (ImportCommitException failed) {
            String reason = messages.getMessage(failed.messageKey(), new Object[]{failed.line()}, locale);
            model.addAttribute("failure", messages.getMessage("imports.confirm.rolledBack", new Object[]{reason}, locale));
            // rolled back: the batch is still there
            return preview(imports.preview(id, user, locale), locale, model);
        }
    }

    private String upload(ImportKind kind, String fileError, Long schoolId, CurrentUser user, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("columns", kind.columns());
        model.addAttribute("fileError", fileError);
        model.addAttribute("chooseSchool", kind.intoSchool() && user.isCoordinator());
        model.addAttribute("selectedSchoolLabel", kind.intoSchool() && user.isCoordinator() ? schools.labelOf(schoolId) : null);
        model.addAttribute("selectedSchoolId", schoolId);
        model.addAttribute("fixedSchool", kind.intoSchool() && !user.isCoordinator() && user.schoolId() != null
                ? schools.namesOf(List.of(user.schoolId())).get(user.schoolId()) : null);
        return "imports/upload";
    }

    /** A line of the preview with its problems already in the user's language. */
    record RowView(int line, List<String> cells, List<String> problems) {
    }

    private String preview(ImportPreview preview, Locale locale, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("kind", preview.kind());
        model.addAttribute("rows", preview.rows().stream().map(row -> new RowView(row.line(), row.cells(),
                row.problems().stream().map(problem -> text(problem, locale)).toList())).toList());
        return "imports/preview";
    }

    private String text(RowProblem problem, Locale locale) {
        String message = messages.getMessage(problem.messageKey(), problem.args().toArray(), locale);
        return problem.column() == null ? message
                : messages.getMessage("imports.problem.inColumn", new Object[]{problem.column(), message}, locale);
    }

    private static ImportKind kindOf(String slug) {
        return ImportKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("import kind", slug));
    }
}

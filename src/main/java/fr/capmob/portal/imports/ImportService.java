package fr.capmob.portal.imports;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.shared.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.dao.DataAccessException;

/**
 * Spreadsheet imports. An upload is checked as a file (format, size, header), then kept for one hour for its
 * uploader only; the preview re-reads it and checks every line; the confirmation checks again (the database may
 * have changed) and writes all lines in one transaction, or none.
 */
@Service
public class ImportService {

    private final ImportBatches batches;
    private final ImportWriter writer;
    private final SchoolDirectory schools;
    private final Map<ImportKind, RowChecker> checkers;
    private final ImportSlots slots;

    ImportService(ImportBatches batches, ImportWriter writer, SchoolDirectory schools, List<RowChecker> checkers,
                  ImportSlots slots) {
        this.batches = batches;
        this.slots = slots;
        this.writer = writer;
        this.schools = schools;
        this.checkers = checkers.stream().collect(Collectors.toMap(RowChecker::kind, Function.identity()));
    }

    /** Coordinators (into any school) and referents (into their own) import. */
    public static boolean mayImport(CurrentUser user) {
        return user.isCoordinator() || (user.isReferent() && user.schoolId() != null);
    }

    /**
     * Checks the file as a whole and keeps it for the preview. {@code chosenSchoolId} is a coordinator's choice;
     * a referent's rows go to their own school whatever is sent.
     */
    public UUID upload(ImportKind kind, String fileName, byte[] content, Long chosenSchoolId, CurrentUser user, Locale locale) {
        requireImporter(user);
        Long schoolId = schoolFor(kind, chosenSchoolId, user);
        Sheet sheet = slots.run(user.id(), () -> SpreadsheetReader.read(content));
        Headers.map(kind, sheet.header(), locale);
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        return batches.store(user.id(), kind, schoolId, name.length() > 255 ? name.substring(0, 255) : name, content);
    }

    public ImportPreview preview(UUID batchId, CurrentUser user, Locale locale) {
        requireImporter(user);
        ImportBatches.Batch batch = batches.find(batchId, user.id())
                .orElseThrow(() -> new NotFoundException("import batch", batchId));
        return check(batch, locale).preview();
    }

    /** Writes every line, or nothing: {@link ImportRowsException} when a line no longer passes, {@link ImportCommitException} when writing failed. */
    public ImportResult confirm(UUID batchId, CurrentUser user, Locale locale) {
        requireImporter(user);
        ImportBatches.Batch batch = batches.find(batchId, user.id())
                .orElseThrow(() -> new NotFoundException("import batch", batchId));
        Checked checked = check(batch, locale);
        if (!checked.preview().importable()) {
            throw new ImportRowsException(checked.preview());
        }
        try {
            return new ImportResult(batch.kind(), writer.write(batchId, batch.kind(), checked.rows(), user));
        } catch (TransactionException | DataAccessException commitFailed) {
            throw new ImportCommitException(0, "imports.commit.failed", commitFailed);
        }
    }

    /** What a confirmation wrote. */
    public record ImportResult(ImportKind kind, int written) {
    }

    private record Checked(ImportPreview preview, List<ParsedRow<Object>> rows) {
    }

    private Checked check(ImportBatches.Batch batch, Locale locale) {
        Sheet sheet = SpreadsheetReader.read(batch.payload());
        Headers.Mapping mapping = Headers.map(batch.kind(), sheet.header(), locale);
        List<ParsedRow<Object>> rows = checkers.get(batch.kind()).check(sheet, mapping, batch.schoolId());
        String schoolName = batch.schoolId() == null ? null : schools.namesOf(List.of(batch.schoolId())).get(batch.schoolId());
        List<String> headers = mapping.columns().values().stream().map(RowReader.MappedColumn::header).toList();
        ImportPreview preview = new ImportPreview(batch.id(), batch.kind(), batch.schoolId(), schoolName, batch.fileName(),
                headers, mapping.ignored(),
                rows.stream().map(r -> new ImportPreview.Row(r.line(), r.cells(), r.problems())).toList());
        return new Checked(preview, rows);
    }

    private Long schoolFor(ImportKind kind, Long chosenSchoolId, CurrentUser user) {
        if (!kind.intoSchool()) {
            return null;
        }
        if (!user.isCoordinator()) {
            return user.schoolId();
        }
        if (chosenSchoolId == null || !schools.exists(chosenSchoolId)) {
            throw new ImportFileException("imports.school.required");
        }
        return chosenSchoolId;
    }

    private static void requireImporter(CurrentUser user) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("only coordinators and referents import");
        }
    }

    /**
     * The CSV template of a kind: the headers in the user's language, one example line, UTF-8 with a BOM and
     * {@code ;} so that French Excel opens it in columns with the accents right.
     */
    public static byte[] template(ImportKind kind, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        String header = kind.columns().stream().map(c -> english ? c.english() : c.french()).collect(Collectors.joining(";"));
        String example = switch (kind) {
            case STUDENTS -> "Lefèvre;Chloé;14/03/2008;F;FR;Bac Pro;Métiers de la mode;1re MMV;chloe.lefevre@example.org;"
                    + "06 12 34 56 78;non;;non;01/09/2025;Sandrine Lefèvre;06 98 76 54 32";
            case STAFF -> "Garçon;François;TEACHER;francois.garcon@example.org;01 23 45 67 89;Anglais;en C1, es B1;oui";
            case HOSTS -> "Hotel Adlon Kempinski GmbH;COMPANY;Berlin;DE;Unter den Linden 77;https://www.example.de;"
                    + "E12345678;Anna Schmidt;HR;anna.schmidt@example.de;+49 30 1234567;de, en;";
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes((header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

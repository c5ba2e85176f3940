package fr.capmob.portal.imports;

import fr.capmob.portal.participant.PersonNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the columns of a kind in a file's header line (any order; unknown headers are ignored and listed). */
final class Headers {

    private Headers() {
    }

    record Mapping(Map<String, RowReader.MappedColumn> columns, List<String> ignored) {
    }

    static Mapping map(ImportKind kind, List<String> header, Locale locale) {
        Map<String, RowReader.MappedColumn> found = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int index = 0; index < header.size(); index++) {
            String name = header.get(index) == null ? "" : header.get(index).strip();
            if (index == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                continue;
            }
            ImportColumn column = column(kind, name);
            if (column == null) {
                ignored.add(name);
            } else if (found.containsKey(column.key())) {
                throw new ImportFileException("imports.file.columnTwice", found.get(column.key()).header(), name);
            } else {
                found.put(column.key(), new RowReader.MappedColumn(column, name, index));
            }
        }
        List<String> missing = kind.columns().stream().filter(c -> c.required() && !found.containsKey(c.key()))
                .map(c -> locale.getLanguage().equals("en") ? "“" + c.english() + "”" : "«\u00a0" + c.french() + "\u00a0»").toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("imports.file.missingColumns", String.join(", ", missing));
        }
        // in the order of the template, whatever the file's order
        Map<String, RowReader.MappedColumn> ordered = new LinkedHashMap<>();
        kind.columns().stream().filter(c -> found.containsKey(c.key())).forEach(c -> ordered.put(c.key(), found.get(c.key())));
        return new Mapping(ordered, ignored);
    }

    /** The column a header names: its own names first, then aliases (so "Courriel du contact" is not "Courriel"). */
    private static ImportColumn column(ImportKind kind, String header) {
        String wanted = PersonNames.normalise(header);
        for (ImportColumn column : kind.columns()) {
            if (PersonNames.normalise(column.french()).equals(wanted)
                    || PersonNames.normalise(column.english()).equals(wanted)) {
                return column;
            }
        }
        return kind.columns().stream().filter(c -> c.matches(header)).findFirst().orElse(null);
    }
}

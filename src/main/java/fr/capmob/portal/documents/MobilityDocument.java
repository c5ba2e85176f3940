package fr.capmob.portal.documents;

import java.util.List;

/** One document of one mobility: its data and what it lacks (printed only when nothing lacks). */
public record MobilityDocument(DocumentKind kind, MobilitySheet sheet, List<MissingItem> missing) {

    public boolean complete() {
        return missing.isEmpty();
    }

    /** {@code convention-de-subvention_047193-MOB-00001_dvorak-nunez.pdf}, in the document's language. */
    public String fileName(String title) {
        return DocumentFileNames.of(title, sheet.reference(), sheet.participant().lastName());
    }
}

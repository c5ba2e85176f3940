package fr.capmob.portal.documents;

import java.util.Arrays;
import java.util.Optional;

/** The documents of a mobility, named in URLs by their slug ({@code /mobilities/12/documents/certificate.pdf}). */
public enum DocumentKind {
    GRANT_AGREEMENT("grant-agreement"),
    LEARNING_AGREEMENT("learning-agreement"),
    CERTIFICATE("certificate"),
    EUROPASS("europass");

    private final String slug;

    DocumentKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The template that renders this document (under {@code templates/}). */
    String template() {
        return "documents/pdf/" + slug;
    }

    public static Optional<DocumentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}

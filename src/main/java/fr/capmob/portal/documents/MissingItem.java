package fr.capmob.portal.documents;

/**
 * Something a document needs and the mobility lacks: the message that names it and, when the user may fix it,
 * the page where it is fixed (a path inside the portal) with the label of that link; otherwise {@code fixPath} is
 * the page that shows the record, or null.
 */
public record MissingItem(String messageKey, String fixPath, String fixLabelKey) {
}

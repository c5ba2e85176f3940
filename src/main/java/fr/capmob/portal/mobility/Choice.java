package fr.capmob.portal.mobility;

/** An option of a select box: an id and what the user reads. */
public record Choice(long id, String label) {
}

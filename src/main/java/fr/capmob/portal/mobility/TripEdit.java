package fr.capmob.portal.mobility;

/** A stored trip as its edit form shows it, and the version it was read at. */
public record TripEdit(TripCommand command, long version) {
}

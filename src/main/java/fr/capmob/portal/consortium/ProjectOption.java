package fr.capmob.portal.consortium;

/** A project in a select box or a label: its number and title. */
public record ProjectOption(long id, String number, String title) {
}

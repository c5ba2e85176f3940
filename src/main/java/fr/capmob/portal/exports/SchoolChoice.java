package fr.capmob.portal.exports;

/** A school in the exports page's chooser. */
public record SchoolChoice(long id, String name, String uai) {
}

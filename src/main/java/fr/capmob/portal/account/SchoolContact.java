package fr.capmob.portal.account;

/** A school's referent as a document names them for the host to contact: their name and e-mail. */
public record SchoolContact(String displayName, String email) {
}

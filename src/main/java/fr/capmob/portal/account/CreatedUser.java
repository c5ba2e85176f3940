package fr.capmob.portal.account;

/** A user just created, with the one-time token of their password link (to show once, never stored). */
public record CreatedUser(long id, String passwordToken) {
}

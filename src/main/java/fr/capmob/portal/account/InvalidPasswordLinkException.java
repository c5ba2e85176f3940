package fr.capmob.portal.account;

/** A one-time password link that is unknown, expired or already used (the page says the same for all three). */
public class InvalidPasswordLinkException extends RuntimeException {

    public InvalidPasswordLinkException() {
        super("password link unknown, expired or used");
    }
}

package fr.capmob.portal.mobility;

/** An unknown, expired or already used report link: the same answer for all three, nothing changed. */
public class InvalidReportLinkException extends RuntimeException {

    public InvalidReportLinkException() {
        super("invalid report link");
    }
}

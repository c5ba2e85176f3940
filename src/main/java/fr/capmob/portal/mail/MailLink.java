package fr.capmob.portal.mail;

/** A link in a message, given as a path of the portal ({@code /account/set-password/…}); rendered absolute. */
public record MailLink(String path) {

    public MailLink {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a mail link is a path starting with /");
        }
    }
}

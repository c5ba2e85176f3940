package fr.capmob.portal.security;

/** What an actor gets from an endpoint. */
public enum Outcome {
    /** 2xx: the page, or the form shown again with its validation messages. */
    OK,
    /** 3xx to somewhere other than the sign-in page: the action was allowed and done. */
    REDIRECT,
    /** OK or REDIRECT: allowed (for posts whose answer depends on the input). */
    ALLOWED,
    /** 302 to /login: not signed in. */
    LOGIN,
    /** 403: the role may not do this. */
    FORBIDDEN,
    /** 404: the record is out of the actor's scope (or does not exist). */
    NOT_FOUND
}

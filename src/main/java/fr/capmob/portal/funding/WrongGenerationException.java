package fr.capmob.portal.funding;

/** A project cannot use a rate table of another programme generation. */
public class WrongGenerationException extends RuntimeException {

    public WrongGenerationException() {
        super("the rate table is of another programme generation than the project");
    }
}

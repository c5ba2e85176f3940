package fr.capmob.portal.funding;

/** No rate table fits the project (generation and call year): a coordinator must add one. */
public class NoRateTableException extends RuntimeException {

    public NoRateTableException() {
        super("no rate table for this project");
    }
}

package fr.capmob.portal.funding;

import java.util.List;

/** Figures of a new version that cannot be stored: their keys. Nothing was saved. */
public class InvalidRateValueException extends RuntimeException {

    private final List<String> keys;

    public InvalidRateValueException(List<String> keys) {
        super("invalid rate values: " + keys);
        this.keys = List.copyOf(keys);
    }

    public List<String> keys() {
        return keys;
    }
}

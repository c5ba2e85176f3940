package fr.capmob.portal.partner;

import java.util.List;

/** An organisation with the same normalised name already exists in that city: the user must confirm. */
public class DuplicateHostException extends RuntimeException {

    private final List<HostSummary> existing;

    DuplicateHostException(List<HostSummary> existing) {
        super("possible duplicate host organisation");
        this.existing = List.copyOf(existing);
    }

    public List<HostSummary> existing() {
        return existing;
    }
}

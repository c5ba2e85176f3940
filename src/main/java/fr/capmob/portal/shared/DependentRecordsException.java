package fr.capmob.portal.shared;

import java.util.List;

/**
 * A delete refused because other records depend on this one. Each dependant is an i18n key with a count
 * (for example {@code school.delete.dependants.users} and 3), so the page can say what depends on it.
 */
public class DependentRecordsException extends RuntimeException {

    public record Dependant(String messageKey, long count) implements java.io.Serializable {
    }

    private final List<Dependant> dependants;

    public DependentRecordsException(List<Dependant> dependants) {
        super("record has dependants");
        this.dependants = List.copyOf(dependants);
    }

    public List<Dependant> dependants() {
        return dependants;
    }
}

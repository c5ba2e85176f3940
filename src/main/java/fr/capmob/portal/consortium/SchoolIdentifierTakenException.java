package fr.capmob.portal.consortium;

/** Another school already has this UAI or OID ({@link #field()} is {@code uai} or {@code oid}). */
public class SchoolIdentifierTakenException extends RuntimeException {

    private final String field;

    public SchoolIdentifierTakenException(String field) {
        super("another school already has this " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

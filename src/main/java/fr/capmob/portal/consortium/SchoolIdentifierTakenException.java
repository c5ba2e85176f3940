package fr.capmob.portal.consortium;

/** Another school already has this UAI or OID ({@link #field()} is {@code uai} or {@code oid}). */
public class SchoolIdentifierTakenException extends SchoolRuleException {

    public SchoolIdentifierTakenException(String field) {
        super(field, "school." + field + ".taken");
    }
}

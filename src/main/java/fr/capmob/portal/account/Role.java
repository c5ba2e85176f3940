package fr.capmob.portal.account;

/** The three roles of the portal (see PRODUCT.md, "Who uses it"). */
public enum Role {
    COORDINATOR,
    SCHOOL_REFERENT,
    ACCOUNTANT;

    /** The Spring Security authority, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}

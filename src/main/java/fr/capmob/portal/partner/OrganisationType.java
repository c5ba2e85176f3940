package fr.capmob.portal.partner;

/** What kind of organisation hosts (or places) participants. */
public enum OrganisationType {
    COMPANY,
    TRAINING_CENTRE,
    SCHOOL,
    CHAMBER,
    PUBLIC_BODY,
    NGO,
    OTHER
}

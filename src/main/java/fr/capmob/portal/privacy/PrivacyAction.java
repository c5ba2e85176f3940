package fr.capmob.portal.privacy;

/** What a recorded data-protection request did. */
public enum PrivacyAction {
    EXPORT_PDF, EXPORT_JSON, ERASURE, ANONYMISATION
}

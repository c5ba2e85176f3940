package fr.capmob.portal.mobility;

/**
 * What a mobility may be waiting for, as the home pages count it and the mobility list filters it
 * ({@code /mobilities?attention=…}); each defined once in SQL by {@link MobilityConditions}.
 */
public enum MobilityAttention {
    /** Submitted, waiting for the coordinator's approval. */
    WAITING,
    /** Sent back to draft by the coordinator. */
    SENT_BACK,
    /** A draft never sent back. */
    DRAFT,
    /** Not yet left: a minor on departure without parental consent. */
    CONSENT_MISSING,
    /** Not yet left: what the grant and learning agreements need is incomplete. */
    DOCUMENTS_MISSING,
    /** In a trip leaving within 30 days, with a missing consent or documents. */
    LEAVING_SOON,
    /** Its grant was computed with a rate table that has a newer version since. */
    GRANT_TO_RECOMPUTE,
    /** Completed, the participant's report not returned yet. */
    REPORT_MISSING,
    /** Completed, no report link created yet. */
    REPORT_LINK_NOT_SENT,
    /** Completed, a report link sent, the report not returned yet. */
    REPORT_NOT_RETURNED
}

package fr.capmob.portal.funding;

/** A coordinator's new value for one figure (by its key, {@code KIND:CODE}), with its source text and verify mark. */
public record RateItemChange(String key, String value, String source, boolean verify) {
}

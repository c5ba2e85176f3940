package fr.capmob.portal.audit;

/**
 * One field of an audit entry: its column (the label key is {@code audit.field.<column>}), the value before and
 * after as stored (text; null when empty), or {@code restricted} when the reader may not see this field's values.
 */
public record FieldChange(String column, String oldValue, String newValue, boolean restricted) {
}

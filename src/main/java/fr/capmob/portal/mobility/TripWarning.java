package fr.capmob.portal.mobility;

import java.util.List;

/** Something the trip page points out (an i18n key and its arguments); not a refusal. */
public record TripWarning(String messageKey, List<Object> args) {
}

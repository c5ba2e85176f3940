package fr.capmob.portal.mobility.web;

import java.io.Serializable;

/** One line of a bulk action's summary, in words (kept in the session as a flash attribute). */
record BulkLine(String reference, String name, boolean passed, String message) implements Serializable {
}

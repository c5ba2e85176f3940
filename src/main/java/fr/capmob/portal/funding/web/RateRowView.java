package fr.capmob.portal.funding.web;

/** One figure of a rate table as a page shows it: labels already in the user's language. */
record RateRowView(String key, String kind, String label, String value, String source, boolean verify, String change,
                   String previousValue, boolean text) {
}

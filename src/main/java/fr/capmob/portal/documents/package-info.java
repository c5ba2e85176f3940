/**
 * Documents: the PDFs a mobility needs (participant grant agreement, learning agreement, certificate of attendance,
 * Europass-Mobility-style record), in French or English, one per mobility and combined per trip. Reads the
 * mobility module's scope checks (MobilityService, TripService) and, read-side only, the tables of mobility,
 * consortium, participant, partner, geo and funding; uses account and web. No module depends on documents.
 */
package fr.capmob.portal.documents;

package fr.capmob.portal.documents;

import java.util.List;

/** One document for every mobility of a trip the user may read (cancelled ones left out), in the trip's order. */
public record TripDocuments(long tripId, String tripName, DocumentKind kind, List<MobilityDocument> documents) {
}

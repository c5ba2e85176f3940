package fr.capmob.portal.mobility;

import java.util.ArrayList;
import java.util.List;

/**
 * What the trip page points out about its active (non-cancelled) participants: minors without an accompanying
 * person or beyond the project's ratio, accompanying persons without learners, minors without parental consent.
 */
record TripWarnings(long minors, long escorts, List<TripWarning> warnings) {

    static TripWarnings of(List<TripParticipant> participants, int minorsPerEscort) {
        List<TripParticipant> active = participants.stream().filter(p -> p.status() != MobilityStatus.CANCELLED).toList();
        long minors = active.stream().filter(TripParticipant::minor).count();
        long escorts = active.stream().filter(p -> p.activityType() == ActivityType.ACCOMPANYING).count();
        long learners = active.stream().filter(TripParticipant::learner).count();
        long withoutConsent = active.stream().filter(TripParticipant::consentMissing).count();
        List<TripWarning> warnings = new ArrayList<>();
        if (minors > 0 && escorts == 0) {
            warnings.add(new TripWarning("trip.warning.noEscort", List.of(minors)));
        } else if (minors > escorts * minorsPerEscort) {
            warnings.add(new TripWarning("trip.warning.ratio", List.of(minors, escorts, minorsPerEscort)));
        }
        if (escorts > 0 && learners == 0) {
            warnings.add(new TripWarning("trip.warning.escortsWithoutLearners", List.of(escorts)));
        }
        if (withoutConsent > 0) {
            warnings.add(new TripWarning("trip.warning.consentMissing", List.of(withoutConsent)));
        }
        return new TripWarnings(minors, escorts, List.copyOf(warnings));
    }
}

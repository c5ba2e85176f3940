package fr.capmob.portal.mobility.web;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.TripCommand;
import fr.capmob.portal.mobility.TripService;
import org.springframework.stereotype.Component;

/**
 * A new mobility's form filled in from where it was asked: a student's page (the student) or a trip's page (the
 * trip, its project, destination, dates, travel days, transport and its host when it has only one).
 */
@Component
class MobilityFormPrefill {

    private final TripService trips;

    MobilityFormPrefill(TripService trips) {
        this.trips = trips;
    }

    MobilityForm form(Long studentId, Long tripId, CurrentUser user) {
        MobilityForm form = new MobilityForm();
        form.setStudentId(studentId);
        if (tripId != null) {
            TripCommand trip = trips.editable(tripId, user).command(); // 404 / 403 for a trip the user does not manage
            form.setTripId(tripId);
            form.setProjectId(trip.projectId());
            form.setDestinationCityId(trip.destinationCityId());
            form.setStartDate(trip.startDate());
            form.setEndDate(trip.endDate());
            form.setTravelDaysBefore(trip.travelDaysBefore());
            form.setTravelDaysAfter(trip.travelDaysAfter());
            form.setTransport(trip.transport());
            if (trip.hostIds().size() == 1) {
                form.setHostId(trip.hostIds().iterator().next());
            }
        }
        return form;
    }
}

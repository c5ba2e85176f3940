package fr.capmob.portal.documents;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.DurationRules;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.mobility.Transport;
import fr.capmob.portal.participant.Majority;
import java.time.LocalDate;

/**
 * Everything the documents of one mobility print: the mobility, its participant, sending school (the letterhead),
 * host organisation (null when none), destination and grant (null while no grant has been computed).
 */
public record MobilitySheet(long id, String reference, ActivityType activityType, MobilityStatus status,
                            LocalDate startDate, LocalDate endDate, int travelDaysBefore, int travelDaysAfter,
                            int interruptionDays, Transport transport, String learningOutcomes, String tasks,
                            String mentor, Long tripId, long projectId, String projectNumber, String projectTitle,
                            Letterhead school, Person participant, HostParty host, String cityName, String country,
                            GrantFigures grant) {

    /** The sending school as printed at the top of every page. */
    public record Letterhead(long id, String name, String address, String postcode, String city, String uai,
                             String oid, String email, String phone, String headOfSchool) {

        public String cityLine() {
            return postcode == null || postcode.isBlank() ? city : postcode + " " + city;
        }
    }

    /**
     * The participant: a student (birth date, qualification level, specialty, class) or a staff member (role).
     */
    public record Person(Long studentId, Long staffId, String firstName, String lastName, LocalDate birthDate,
                         String qualificationLevel, String specialty, String className, String staffRole) {

        public boolean learner() {
            return studentId != null;
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** The host organisation and its contact person. */
    public record HostParty(long id, String name, String address, String cityName, String country, String oid,
                            String contactName, String contactRole, String contactEmail, String contactPhone) {
    }

    /** Days abroad counted for the mobility's duration (travel and interruption days excluded). */
    public int countedDays() {
        return DurationRules.countedDays(startDate, endDate, travelDaysBefore, travelDaysAfter, interruptionDays);
    }

    /** Calendar days from the first to the last day, both included. */
    public long calendarDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean minorOnStart() {
        return participant.birthDate() != null && Majority.isMinorOn(participant.birthDate(), startDate);
    }

    /** The mobility took place: its dates are the actual ones. */
    public boolean completed() {
        return status == MobilityStatus.COMPLETED || status == MobilityStatus.REPORTED;
    }

    public boolean cancelled() {
        return status == MobilityStatus.CANCELLED;
    }

    public boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

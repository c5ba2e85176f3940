package fr.capmob.portal.documents;

import fr.capmob.portal.mobility.ActivityType;
import fr.capmob.portal.mobility.LearningAgreement;
import fr.capmob.portal.mobility.MobilityId;
import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.StayPeriod;
import fr.capmob.portal.mobility.Transport;
import fr.capmob.portal.participant.Majority;
import java.time.LocalDate;

/**
 * Everything the documents of one mobility print, in named groups: what the mobility is and where it stands, its
 * project, its period, its learning agreement, the sending school (the letterhead), the participant, the host
 * organisation (null when none), the destination and the grant (null while no grant has been computed). A new field
 * lands in its group (and the template that prints it), never in a wide constructor.
 */
public record MobilitySheet(MobilityId id, String reference, Activity activity, Project project, StayPeriod period,
                            LearningAgreement agreement, Letterhead school, Person participant, HostParty host,
                            Place destination, GrantFigures grant) {

    /**
     * What the mobility is (its activity type, its transport) and where it stands in its lifecycle: its stage, and
     * whether it took place (then its dates are the actual ones).
     */
    public record Activity(ActivityType type, Transport transport, MobilityStage stage, boolean tookPlace) {
    }

    /** The project (grant agreement) the mobility belongs to. */
    public record Project(String number, String title) {
    }

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

    /** A city and its country (ISO code). */
    public record Place(String cityName, String country) {
    }

    public boolean minorOnStart() {
        return participant.birthDate() != null && Majority.isMinorOn(participant.birthDate(), period.startDate());
    }

    /** The mobility took place: its dates are the actual ones. */
    public boolean completed() {
        return activity.tookPlace();
    }

    /** Cancelled, for force majeure or not: no document is issued for it. */
    public boolean cancelled() {
        return activity.stage() == MobilityStage.CANCELLED || activity.stage() == MobilityStage.CANCELLED_FORCE_MAJEURE;
    }

    public boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}

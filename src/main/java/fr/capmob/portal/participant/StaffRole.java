package fr.capmob.portal.participant;

/** What a staff member does at their school. */
public enum StaffRole {
    TEACHER,
    MOBILITY_REFERENT,
    CPE,
    HEAD_OF_SCHOOL,
    ACCOUNTANT,
    OTHER
}

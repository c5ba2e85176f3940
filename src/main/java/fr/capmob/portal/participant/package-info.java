/**
 * Participants: the students and staff members of each school, who will travel. Scoped by school (referents
 * see their own school's only). Uses consortium (qualification levels), account (the current user, school names)
 * and web.
 */
package fr.capmob.portal.participant;

/**
 * Mobilities: every stay abroad of a student or staff member, from draft to report, and the group trips that
 * gather them. Uses consortium (projects, programme generations), participant (minors), partner (hosts),
 * geo (destination cities), account (the current user, school names) and web.
 */
package fr.capmob.portal.mobility;

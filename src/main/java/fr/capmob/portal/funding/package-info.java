/**
 * Grants: the Erasmus+ unit-cost rate tables (data, in versions) and the grant of one mobility computed from
 * them. Uses consortium (projects), geo (cities, distances), account (the current user) and web.
 */
package fr.capmob.portal.funding;

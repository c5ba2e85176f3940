/**
 * Grants: the Erasmus+ unit-cost rate tables (data, in versions) and the grant of one mobility computed from
 * them; budgets (granted, allocated to schools, planned, committed, paid), payments to participants, real
 * expenditure and the M9.6 report. Uses consortium (projects), geo (cities, distances), account (the current user),
 * participant (names compared as stored) and web; reads mobilities and their grants with read-side SQL only
 * (mobility depends on funding, not the reverse).
 */
package fr.capmob.portal.funding;

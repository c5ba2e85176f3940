/**
 * Host and intermediary organisations: one directory shared by the whole consortium, with duplicates
 * caught at entry. Uses geo (cities), consortium (vocational fields) and account (the current user).
 */
package fr.capmob.portal.partner;

/**
 * The city gazetteer (GeoNames, CC BY 4.0) and great-circle distances between cities. Uses no other module.
 */
package fr.capmob.portal.geo;

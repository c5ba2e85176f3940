/**
 * The city gazetteer (GeoNames, CC BY 4.0) and great-circle distances between cities. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package fr.capmob.portal.geo;

import org.springframework.modulith.ApplicationModule;

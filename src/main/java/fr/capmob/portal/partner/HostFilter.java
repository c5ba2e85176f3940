package fr.capmob.portal.partner;

import fr.capmob.portal.consortium.VocationalField;

/** The directory's search: name (any part), country, city, sector, type; every part optional. */
public record HostFilter(String name, String country, Integer cityId, VocationalField sector, OrganisationType type) {
}

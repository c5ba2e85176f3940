package fr.capmob.portal.partner;

import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.geo.City;
import java.time.Instant;
import java.util.Set;

/** Everything about one organisation, and whether the current user may edit it. */
public record HostDetails(long id, long version, String legalName, OrganisationType type, boolean intermediary,
                          City city, String address, String website, String oid, String pic, String contactName,
                          String contactRole, String contactEmail, String contactPhone, String contactLanguages,
                          Long intermediaryId, String intermediaryName, String notes, Set<VocationalField> sectors,
                          Long createdBySchoolId, String createdBySchoolName, Instant updatedAt, String updatedBy,
                          boolean editable) {
}

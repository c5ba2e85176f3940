package fr.capmob.portal.partner;

import fr.capmob.portal.consortium.VocationalField;
import java.util.Set;

/** A line of the directory. */
public record HostSummary(long id, String legalName, OrganisationType type, boolean intermediary, String country,
                          int cityId, String cityName, Set<VocationalField> sectors, String contactName) {
}

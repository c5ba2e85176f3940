package fr.capmob.portal.partner;

import fr.capmob.portal.consortium.VocationalField;
import java.util.Set;

/** What a user enters for a host organisation (already validated in shape by the form). */
public record HostCommand(String legalName, OrganisationType type, boolean intermediary, Set<VocationalField> sectors,
                          Integer cityId, String address, String website, String oid, String pic, String contactName,
                          String contactRole, String contactEmail, String contactPhone, String contactLanguages,
                          Long intermediaryId, String notes) {

    public HostCommand {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }
}

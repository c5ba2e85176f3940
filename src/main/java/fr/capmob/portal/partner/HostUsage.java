package fr.capmob.portal.partner;

import fr.capmob.portal.shared.DependentRecordsException.Dependant;
import java.util.List;

/**
 * What refers to a host organisation elsewhere (mobilities, group trips), so that deleting it is refused with
 * the reason. Implemented by the module that owns those records; the arrow stays mobility → partner.
 */
public interface HostUsage {

    List<Dependant> dependantsOfHost(long hostId);
}

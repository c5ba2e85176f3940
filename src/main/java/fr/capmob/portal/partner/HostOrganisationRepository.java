package fr.capmob.portal.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HostOrganisationRepository extends JpaRepository<HostOrganisation, Long> {

    @Query("select h from HostOrganisation h where h.normalisedName = :normalisedName and h.cityId = :cityId")
    List<HostOrganisation> findSameNameInCity(String normalisedName, Integer cityId);

    @Query("select h from HostOrganisation h where h.intermediary = true order by lower(h.legalName), h.id")
    List<HostOrganisation> findIntermediaries();

    long countByIntermediaryId(Long intermediaryId);

    boolean existsByOid(String oid);

    boolean existsByOidAndIdNot(String oid, Long id);
}

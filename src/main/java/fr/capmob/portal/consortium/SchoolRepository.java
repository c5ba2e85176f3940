package fr.capmob.portal.consortium;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long> {

    /** Id and name only, for select boxes and labels (no entity, no collections loaded). */
    record SchoolLabel(Long id, String name, String uai) {
    }

    @Query("select new fr.capmob.portal.consortium.SchoolRepository$SchoolLabel(s.id, s.name, s.uai) from School s order by lower(s.name), s.id")
    List<SchoolLabel> findAllLabels();

    @Query("select new fr.capmob.portal.consortium.SchoolRepository$SchoolLabel(s.id, s.name, s.uai) from School s where s.id in :ids")
    List<SchoolLabel> findLabels(Collection<Long> ids);

    boolean existsByUai(String uai);
}

package fr.capmob.portal.consortium;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long> {

    /** Id and name only, for select boxes and labels (no entity, no collections loaded). */
    record SchoolLabel(Long id, String name, String uai) {
    }

    /** One school of a tutoring pair, with the pair's project (read model of the school's detail page). */
    record PairMemberRow(Long pairId, Long projectId, String projectTitle, Long schoolId, String schoolName,
                         PairRole role) {
    }

    /** Schools whose name or UAI contains the pattern (lower case, with its % signs), at most {@code limit}. */
    @Query("select new fr.capmob.portal.consortium.SchoolRepository$SchoolLabel(s.id, s.name, s.uai) from School s"
            + " where lower(s.name) like :pattern or lower(s.uai) like :pattern order by lower(s.name), s.id")
    List<SchoolLabel> searchLabels(String pattern, org.springframework.data.domain.Limit limit);

    @Query("select new fr.capmob.portal.consortium.SchoolRepository$SchoolLabel(s.id, s.name, s.uai) from School s where s.id in :ids")
    List<SchoolLabel> findLabels(Collection<Long> ids);

    boolean existsByUai(String uai);

    boolean existsByUaiAndIdNot(String uai, Long id);

    boolean existsByOid(String oid);

    boolean existsByOidAndIdNot(String oid, Long id);

    /** The school with its fields and levels, in one statement. */
    @Query("select s from School s left join fetch s.fields left join fetch s.levels where s.id = :id")
    Optional<School> findWithOffer(Long id);

    @Query("""
            select new fr.capmob.portal.consortium.SchoolDetails$ProjectOfSchool(p.id, p.number, p.title, p.status)
            from Project p join p.schoolIds schoolId
            where schoolId = :schoolId
            order by p.startDate desc, p.id
            """)
    List<SchoolDetails.ProjectOfSchool> findProjectsOf(Long schoolId);

    /** Every member of every pair the school is in (the school itself included), in one statement. */
    @Query("""
            select new fr.capmob.portal.consortium.SchoolRepository$PairMemberRow(t.id, t.projectId, p.title, m.schoolId, s.name, m.role)
            from TutoringPair t join t.members m, Project p, School s
            where p.id = t.projectId and s.id = m.schoolId
              and t.id in (select t2.id from TutoringPair t2 join t2.members m2 where m2.schoolId = :schoolId)
            order by p.startDate desc, t.id, m.role, lower(s.name)
            """)
    List<PairMemberRow> findPairMembersOf(Long schoolId);

    @Query("select count(p) from Project p join p.schoolIds schoolId where schoolId = :schoolId")
    long countProjectsOf(Long schoolId);

    @Query("select count(distinct t.id) from TutoringPair t join t.members m where m.schoolId = :schoolId")
    long countPairsOf(Long schoolId);
}

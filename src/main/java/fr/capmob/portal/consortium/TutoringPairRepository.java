package fr.capmob.portal.consortium;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TutoringPairRepository extends JpaRepository<TutoringPair, Long> {

    /** One school of a pair with its label. */
    record MemberRow(Long pairId, PairRole role, Long schoolId, String name, String uai, Experience experience) {

        MemberSchool school() {
            return new MemberSchool(schoolId, name, uai, experience);
        }
    }

    @Query("select new fr.capmob.portal.consortium.TutoringPairRepository$MemberRow(p.id, m.role, s.id, s.name, s.uai, s.experience) "
            + "from TutoringPair p join p.members m, School s where s.id = m.schoolId and p.projectId = :projectId")
    List<MemberRow> findMemberRowsOfProject(long projectId);

    /** The pair when the given school is one of its members (the scope of referents and school accountants). */
    @Query("select p from TutoringPair p where p.id = :id and exists "
            + "(select 1 from TutoringPair q join q.members m where q.id = p.id and m.schoolId = :schoolId)")
    Optional<TutoringPair> findVisible(long id, long schoolId);

    long countByProjectId(Long projectId);

    @Query("select count(distinct p.id) from TutoringPair p join p.members m where p.projectId = :projectId and m.schoolId = :schoolId")
    long countPairsOfSchoolInProject(long projectId, long schoolId);
}

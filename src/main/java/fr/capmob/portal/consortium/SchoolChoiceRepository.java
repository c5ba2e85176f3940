package fr.capmob.portal.consortium;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The searches behind the school pickers: at most {@code limit} schools whose name or UAI contains the pattern
 * (lower case, with its % signs), by name, within a scope — filtered and cut in SQL.
 */
interface SchoolChoiceRepository extends Repository<School, Long> {

    String MATCHES = " (lower(s.name) like :pattern or lower(s.uai) like :pattern) ";
    String SELECT = "select new fr.capmob.portal.consortium.MemberSchool(s.id, s.name, s.uai, s.experience) from School s ";
    String ORDER = " order by lower(s.name), s.id";

    @Query(SELECT + "where" + MATCHES + ORDER)
    List<MemberSchool> search(String pattern, Limit limit);

    @Query(SELECT + "where s.id = :schoolId and" + MATCHES)
    List<MemberSchool> searchOne(long schoolId, String pattern);

    @Query(SELECT + "where s.id in (select m from Project p join p.schoolIds m where p.id = :projectId) and" + MATCHES + ORDER)
    List<MemberSchool> searchMembersOf(long projectId, String pattern, Limit limit);

    @Query(SELECT + "where s.id in (select m from Project p join p.schoolIds m where :schoolId member of p.schoolIds) and"
            + MATCHES + ORDER)
    List<MemberSchool> searchPartnersOf(long schoolId, String pattern, Limit limit);

    @Query("select count(m) > 0 from Project p join p.schoolIds m where p.id = :projectId")
    boolean projectHasMembers(long projectId);

    @Query(SELECT + "where s.id in :ids")
    List<MemberSchool> findAllById(java.util.Collection<Long> ids);
}

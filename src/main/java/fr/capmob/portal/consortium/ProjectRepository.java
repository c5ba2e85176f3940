package fr.capmob.portal.consortium;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    /** The project when the given school is one of its members (the scope of referents and school accountants). */
    @Query("select p from Project p where p.id = :id and :schoolId member of p.schoolIds")
    Optional<Project> findVisible(long id, long schoolId);

    boolean existsByNumber(String number);

    boolean existsByNumberAndIdNot(String number, Long id);

    @Query(value = "select new fr.capmob.portal.consortium.MemberSchool(s.id, s.name, s.uai, s.experience) from School s "
            + "where s.id in (select m from Project p join p.schoolIds m where p.id = :projectId) order by lower(s.name), s.id",
            countQuery = "select count(m) from Project p join p.schoolIds m where p.id = :projectId")
    Page<MemberSchool> findMemberSchools(long projectId, Pageable pageable);

    @Query("select new fr.capmob.portal.consortium.ProjectOption(p.id, p.number, p.title) from Project p order by p.number")
    List<ProjectOption> findAllOptions();

    @Query("select new fr.capmob.portal.consortium.ProjectOption(p.id, p.number, p.title) from Project p "
            + "where :schoolId member of p.schoolIds order by p.number")
    List<ProjectOption> findOptionsOfSchool(long schoolId);

    /** The schools that share a project with the given school (what a referent may filter the list by). */
    @Query("select new fr.capmob.portal.consortium.MemberSchool(s.id, s.name, s.uai, s.experience) from School s "
            + "where s.id in :ids")
    List<MemberSchool> findSchools(Collection<Long> ids);

    @Query("select distinct p.callYear from Project p order by p.callYear")
    List<Integer> findCallYears();
}

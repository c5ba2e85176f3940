package fr.capmob.portal.participant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    @Query("""
            select m from StaffMember m where m.schoolId = :schoolId and m.normalisedLastName = :lastName
            and m.normalisedFirstName = :firstName""")
    List<StaffMember> findSameNames(Long schoolId, String lastName, String firstName);
}

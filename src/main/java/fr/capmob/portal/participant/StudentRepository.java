package fr.capmob.portal.participant;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StudentRepository extends JpaRepository<Student, Long> {

    @Query("""
            select s from Student s where s.schoolId = :schoolId and s.normalisedLastName = :lastName
            and s.normalisedFirstName = :firstName and s.birthDate = :birthDate""")
    List<Student> findSamePerson(Long schoolId, String lastName, String firstName, LocalDate birthDate);
}

package fr.capmob.portal.funding;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpenditureRepository extends JpaRepository<Expenditure, Long> {
}

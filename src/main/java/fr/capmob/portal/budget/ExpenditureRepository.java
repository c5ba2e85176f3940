package fr.capmob.portal.budget;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpenditureRepository extends JpaRepository<Expenditure, Long> {
}

package fr.capmob.portal.mobility;

import org.springframework.data.jpa.repository.JpaRepository;

interface MobilityRepository extends JpaRepository<Mobility, Long> {
}

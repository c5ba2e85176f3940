package fr.capmob.portal.demo;

import fr.capmob.portal.mobility.MobilityGrants;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants of the demo mobilities: each demo project computes with the seeded rate table of its generation
 * and call year (CAPMOB 2.0: 2014–2020, call 2018; CAPMOB 2.1: 2021+, call 2021), then every mobility's grant
 * is stored as its status wants it (frozen from CONFIRMED on).
 */
@Component
class DemoGrants {

    private final JdbcTemplate jdbc;
    private final MobilityGrants grants;

    DemoGrants(JdbcTemplate jdbc, MobilityGrants grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    @Transactional
    int load() {
        jdbc.update("""
                insert into project_rate_table (project_id, rate_table_id)
                select p.id, (select t.id from rate_table t where t.generation = p.generation and t.call_year = p.call_year
                              and t.national_agency = p.national_agency order by t.version desc limit 1)
                from project p where p.number in ('2018-1-FR01-KA102-047193', '2021-1-FR01-KA121-VET-000012345')
                  and exists (select 1 from rate_table t where t.generation = p.generation and t.call_year = p.call_year
                              and t.national_agency = p.national_agency)
                on conflict (project_id) do nothing""");
        return grants.storeMissing("demo");
    }
}

package fr.capmob.portal.demo;

import fr.capmob.portal.partner.OrganisationNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The host organisations abroad ({@code demo/hosts.json}): invented but plausible, in 20 countries; {@code via} names
 * the intermediary organisation that placed the students there, when there is one.
 */
@Component
class DemoHosts {

    record DemoHost(String legalName, String type, String country, String city, List<String> sectors,
                    String contact, String languages, boolean intermediary, String via) {
    }

    static final List<DemoHost> HOSTS = DemoFiles.list("hosts.json", DemoHost.class);

    private final JdbcTemplate jdbc;

    DemoHosts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Two hosts in three were recorded by one of {@code addingSchools} (in turn), the third by the coordination. */
    void insert(List<Long> addingSchools) {
        Map<String, Long> ids = new HashMap<>();
        // intermediaries first, so that the organisations they placed can point to them
        List<DemoHost> ordered = new ArrayList<>(HOSTS);
        ordered.sort(Comparator.comparing(DemoHost::intermediary).reversed());
        for (int i = 0; i < ordered.size(); i++) {
            DemoHost host = ordered.get(i);
            Long schoolId = i % 3 == 0 ? null : addingSchools.get(i % addingSchools.size());
            long id = insertHost(i, host, host.via() == null ? null : ids.get(host.via()), schoolId);
            for (String sector : host.sectors()) {
                jdbc.update("insert into host_organisation_sector (host_id, sector) values (?, ?)", id, sector);
            }
            ids.put(host.legalName(), id);
        }
    }

    private long insertHost(int i, DemoHost host, Long intermediaryId, Long schoolId) {
        Integer cityId = jdbc.queryForObject("select min(id) from city where country = ? and name = ?", Integer.class,
                host.country(), host.city());
        if (cityId == null) {
            throw new IllegalStateException("demo host city not in the gazetteer: " + host.city());
        }
        String slug = OrganisationNames.normalise(host.legalName()).replace(' ', '-');
        return jdbc.queryForObject("""
                insert into host_organisation (legal_name, normalised_name, type, intermediary, country, city_id, address,
                    website, contact_name, contact_role, contact_email, contact_languages, intermediary_id,
                    created_by_school_id, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id
                """, Long.class, host.legalName(), OrganisationNames.normalise(host.legalName()),
                host.type(), host.intermediary(), host.country(), cityId, (3 + i * 4) + " " + host.city() + " centre",
                "https://www." + slug + ".example", host.contact(), host.intermediary() ? "Placement manager" : "Tutor",
                slug + "@" + host.country().toLowerCase() + ".example", host.languages(), intermediaryId, schoolId);
    }
}

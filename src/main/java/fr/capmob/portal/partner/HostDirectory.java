package fr.capmob.portal.partner;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.consortium.VocationalField;
import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.shared.DependentRecordsException;
import fr.capmob.portal.shared.ListQuery;
import fr.capmob.portal.shared.NotFoundException;
import fr.capmob.portal.shared.SearchSql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared directory of host and intermediary organisations. Everyone reads it; coordinators and referents
 * add to it; an entry is changed by the coordinators or the referents of the school that created it.
 */
@Service
@Transactional(readOnly = true)
public class HostDirectory {

    /** Sort keys offered by the list, mapped to SQL columns. */
    public static final Map<String, String> SORT_KEYS = Map.of(
            "name", "h.normalised_name", "country", "h.country", "type", "h.type", "updated", "h.updated_at");

    private final HostOrganisationRepository hosts;
    private final Gazetteer gazetteer;
    private final SchoolDirectory schools;
    private final JdbcClient jdbc;

    private final HostUsage usage;

    HostDirectory(HostOrganisationRepository hosts, Gazetteer gazetteer, SchoolDirectory schools, JdbcClient jdbc,
                  HostUsage usage) {
        this.usage = usage;
        this.hosts = hosts;
        this.gazetteer = gazetteer;
        this.schools = schools;
        this.jdbc = jdbc;
    }

    /** One page of the directory, filtered and sorted in SQL: three statements whatever the page size. */
    public Page<HostSummary> search(HostFilter filter, Pageable pageable) {
        String pattern = ListQuery.searchPattern(filter.name() == null ? null : OrganisationNames.normalise(filter.name()));
        SearchSql query = SearchSql.from("from host_organisation h")
                .whereIfPresent(pattern, "h.normalised_name like :name", "name")
                .whereIfPresent(filter.country() == null ? null : filter.country().trim().toUpperCase(java.util.Locale.ROOT),
                        "h.country = :country", "country")
                .whereIfPresent(filter.cityId(), "h.city_id = :cityId", "cityId")
                .whereIfPresent(filter.type() == null ? null : filter.type().name(), "h.type = :type", "type")
                .whereIfPresent(filter.sector() == null ? null : filter.sector().name(),
                        "exists (select 1 from host_organisation_sector s where s.host_id = h.id and s.sector = :sector)", "sector");
        Page<Row> rows = query.page(jdbc, """
                        select h.id, h.legal_name, h.type, h.intermediary, h.country, h.city_id, h.contact_name,
                               (select string_agg(s.sector, ',') from host_organisation_sector s where s.host_id = h.id) as sectors""",
                SearchSql.orderBy(pageable, "h.id"), pageable,
                (rs, n) -> new Row(rs.getLong("id"), rs.getString("legal_name"), OrganisationType.valueOf(rs.getString("type")),
                        rs.getBoolean("intermediary"), rs.getString("country"), rs.getInt("city_id"), rs.getString("contact_name"),
                        rs.getString("sectors")));
        if (rows.getTotalElements() == 0) {
            return Page.empty(rows.getPageable());
        }
        Map<Integer, City> cities = gazetteer.findAll(rows.stream().map(Row::cityId).toList());
        return rows.map(row -> new HostSummary(row.id(), row.legalName(), row.type(), row.intermediary(), row.country(),
                row.cityId(), cities.containsKey(row.cityId()) ? cities.get(row.cityId()).name() : "?", sectors(row.sectors()),
                row.contactName()));
    }

    private record Row(long id, String legalName, OrganisationType type, boolean intermediary, String country,
                       int cityId, String contactName, String sectors) {
    }

    private static Set<VocationalField> sectors(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(VocationalField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VocationalField.class)));
    }

    public HostDetails get(long id, CurrentUser user) {
        HostOrganisation host = load(id);
        City city = gazetteer.find(host.getCityId()).orElseThrow();
        String intermediaryName = host.getIntermediaryId() == null ? null
                : hosts.findById(host.getIntermediaryId()).map(HostOrganisation::getLegalName).orElse(null);
        String schoolName = host.getCreatedBySchoolId() == null ? null
                : schools.namesOf(List.of(host.getCreatedBySchoolId())).get(host.getCreatedBySchoolId());
        return new HostDetails(host.getId(), host.getVersion(), host.getLegalName(), host.getType(), host.isIntermediary(),
                city, host.getAddress(), host.getWebsite(), host.getOid(), host.getPic(), host.getContactName(), host.getContactRole(),
                host.getContactEmail(), host.getContactPhone(), host.getContactLanguages(), host.getIntermediaryId(),
                intermediaryName, host.getNotes(), EnumSet.copyOf(withNone(host.getSectors())), host.getCreatedBySchoolId(),
                schoolName, host.getUpdatedAt(), host.getUpdatedBy(), mayEdit(host, user));
    }

    private static Set<VocationalField> withNone(Set<VocationalField> sectors) {
        return sectors.isEmpty() ? EnumSet.noneOf(VocationalField.class) : sectors;
    }

    /** Organisations marked as intermediaries, for the intermediary select (id → name). */
    public Map<Long, String> intermediaries() {
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        hosts.findIntermediaries().forEach(h -> result.put(h.getId(), h.getLegalName()));
        return result;
    }

    public static boolean mayCreate(CurrentUser user) {
        return user.isCoordinator() || user.isReferent();
    }

    static boolean mayEdit(HostOrganisation host, CurrentUser user) {
        return user.isCoordinator()
                || (user.isReferent() && host.getCreatedBySchoolId() != null && host.getCreatedBySchoolId().equals(user.schoolId()));
    }

    /**
     * Adds an organisation. When one with the same normalised name exists in the same city, refuses with
     * {@link DuplicateHostException} unless the user confirmed they want another one.
     */
    @Transactional
    public long create(HostCommand command, boolean duplicateConfirmed, CurrentUser user) {
        if (!mayCreate(user)) {
            throw new AccessDeniedException("only coordinators and referents add organisations");
        }
        String country = checkRules(command, null, duplicateConfirmed);
        HostOrganisation host = new HostOrganisation(user.isReferent() ? user.schoolId() : null);
        host.apply(command, country);
        return hosts.saveAndFlush(host).getId();
    }

    @Transactional
    public void update(long id, long version, HostCommand command, boolean duplicateConfirmed, CurrentUser user) {
        HostOrganisation host = load(id);
        if (!mayEdit(host, user)) {
            throw new AccessDeniedException("not allowed to edit this organisation");
        }
        host.checkVersion(version);
        String country = checkRules(command, host, duplicateConfirmed);
        host.apply(command, country);
        hosts.flush();
    }

    /** Deletes an organisation nothing depends on (coordinators only). */
    @Transactional
    public void delete(long id, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("only coordinators delete organisations");
        }
        HostOrganisation host = load(id);
        long placed = hosts.countByIntermediaryId(id);
        if (placed > 0) {
            throw new DependentRecordsException(List.of(new DependentRecordsException.Dependant("host.delete.dependants.placed", placed)));
        }
        var used = usage.dependantsOfHost(id);
        if (!used.isEmpty()) {
            throw new DependentRecordsException(used);
        }
        hosts.delete(host);
        hosts.flush();
    }

    private String checkRules(HostCommand command, HostOrganisation current, boolean duplicateConfirmed) {
        City city = gazetteer.find(command.cityId()).orElseThrow(() -> new HostRuleException("cityId", "host.city.unknown"));
        if (command.oid() != null) {
            boolean taken = current == null ? hosts.existsByOid(command.oid()) : hosts.existsByOidAndIdNot(command.oid(), current.getId());
            if (taken) {
                throw new HostRuleException("oid", "host.oid.taken");
            }
        }
        if (command.intermediaryId() != null) {
            if (current != null && command.intermediaryId().equals(current.getId())) {
                throw new HostRuleException("intermediaryId", "host.intermediary.self");
            }
            HostOrganisation intermediary = hosts.findById(command.intermediaryId())
                    .orElseThrow(() -> new HostRuleException("intermediaryId", "host.intermediary.unknown"));
            if (!intermediary.isIntermediary()) {
                throw new HostRuleException("intermediaryId", "host.intermediary.notIntermediary");
            }
        }
        if (!duplicateConfirmed) {
            List<HostSummary> duplicates = new ArrayList<>();
            for (HostOrganisation same : hosts.findSameNameInCity(OrganisationNames.normalise(command.legalName()), command.cityId())) {
                if (current == null || !same.getId().equals(current.getId())) {
                    duplicates.add(new HostSummary(same.getId(), same.getLegalName(), same.getType(), same.isIntermediary(),
                            same.getCountry(), same.getCityId(), city.name(), Set.copyOf(same.getSectors()), same.getContactName()));
                }
            }
            if (!duplicates.isEmpty()) {
                throw new DuplicateHostException(duplicates);
            }
        }
        return city.country();
    }

    /** Whether the directory already lists an organisation of that name (normalised) in that city: the duplicate rule. */
    public boolean isListed(String legalName, int cityId) {
        return !hosts.findSameNameInCity(OrganisationNames.normalise(legalName), cityId).isEmpty();
    }

    private HostOrganisation load(long id) {
        return hosts.findById(id).orElseThrow(() -> new NotFoundException("host organisation", id));
    }

    /** The current form values of an organisation, for the edit form and the conflict page. */
    public HostCommand commandOf(long id) {
        HostOrganisation h = load(id);
        return new HostCommand(h.getLegalName(), h.getType(), h.isIntermediary(), h.getSectors(), h.getCityId(),
                h.getAddress(), h.getWebsite(), h.getOid(), h.getPic(), h.getContactName(), h.getContactRole(), h.getContactEmail(),
                h.getContactPhone(), h.getContactLanguages(), h.getIntermediaryId(), h.getNotes());
    }
}

package fr.capmob.portal.imports;

import fr.capmob.portal.geo.City;
import fr.capmob.portal.geo.Gazetteer;
import fr.capmob.portal.geo.PlaceNames;
import fr.capmob.portal.partner.HostCommand;
import fr.capmob.portal.partner.HostDirectory;
import fr.capmob.portal.partner.OrganisationNames;
import fr.capmob.portal.partner.OrganisationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Host organisation lines: the city must name exactly one city of the gazetteer in the given country; an
 * organisation of the same name in the same city (in the directory or earlier in the file) is a duplicate.
 */
@Component
class HostRows implements RowChecker {

    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[^\\s]+\\.[^\\s]+");
    private static final Pattern OID = Pattern.compile("E[0-9]{8}");

    private final HostDirectory directory;
    private final Gazetteer gazetteer;
    private final Vocabulary vocabulary;

    HostRows(HostDirectory directory, Gazetteer gazetteer, Vocabulary vocabulary) {
        this.directory = directory;
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.HOSTS;
    }

    @Override
    public List<ParsedRow<Object>> check(Sheet sheet, Headers.Mapping mapping, Long schoolId) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> seenOids = new HashMap<>();
        List<ParsedRow<Object>> rows = new ArrayList<>();
        for (Sheet.Line line : sheet.lines()) {
            RowReader row = new RowReader(line, mapping.columns());
            String legalName = row.text("legalName");
            OrganisationType type = null;
            String typeText = row.text("type");
            if (typeText != null) {
                type = vocabulary.value(typeText, OrganisationType.class, "host.type.").orElse(null);
                if (type == null) {
                    row.problem("type", "imports.cell.unknownType", typeText);
                }
            }
            String country = null;
            String countryText = row.text("country");
            if (countryText != null) {
                country = vocabulary.country(countryText).orElse(null);
                if (country == null) {
                    row.problem("country", "imports.cell.unknownCountry", countryText);
                }
            }
            String cityText = row.text("city");
            City city = cityText == null || country == null ? null : city(row, cityText, country);
            String address = row.text("address");
            String website = row.text("website");
            if (website != null && !WEBSITE.matcher(website).matches()) {
                row.problem("website", "imports.cell.badWebsite", website);
            }
            String oid = row.text("oid");
            if (oid != null && !OID.matcher(oid).matches()) {
                row.problem("oid", "imports.cell.badOid", oid);
            } else if (oid != null) {
                Integer first = seenOids.putIfAbsent(oid, row.line());
                if (first != null) {
                    row.problem("oid", "imports.cell.oidTwice", first);
                }
            }
            String contactName = row.text("contactName");
            String contactRole = row.text("contactRole");
            String contactEmail = row.email("contactEmail");
            String contactPhone = row.text("contactPhone");
            String contactLanguages = row.text("contactLanguages");
            String notes = row.text("notes");
            if (legalName != null && city != null) {
                Integer first = seen.putIfAbsent(OrganisationNames.normalise(legalName) + "|" + city.id(), row.line());
                if (first != null) {
                    row.problem(null, "imports.row.duplicateInFile", first);
                } else if (directory.isListed(legalName, city.id())) {
                    row.problem(null, "imports.row.hostExists", city.name());
                }
            }
            HostCommand command = row.problems().isEmpty()
                    ? new HostCommand(legalName, type, false, Set.of(), city.id(), address, website, oid, contactName,
                    contactRole, contactEmail, contactPhone, contactLanguages, null, notes)
                    : null;
            rows.add(new ParsedRow<>(row.line(), RowChecker.cells(line, mapping), List.copyOf(row.problems()), command));
        }
        return rows;
    }

    /** The one city of that name in that country; none or several is a problem of the row. */
    private City city(RowReader row, String name, String country) {
        String wanted = PlaceNames.searchForm(name);
        List<City> exact = gazetteer.search(name, country).stream()
                .filter(c -> PlaceNames.searchForm(c.name()).equals(wanted)).toList();
        if (exact.isEmpty()) {
            row.problem("city", "imports.cell.unknownCity", name, country);
            return null;
        }
        if (exact.size() > 1) {
            row.problem("city", "imports.cell.ambiguousCity", name, exact.size());
            return null;
        }
        return exact.get(0);
    }
}

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

    /** A line's organisation and the city it names (null when the city cell is wrong). */
    private record Line(HostCommand command, City city) {
    }

    @Override
    public List<ParsedRow<Object>> check(Sheet sheet, Headers.Mapping mapping, Long schoolId) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> seenOids = new HashMap<>();
        List<ParsedRow<Object>> rows = new ArrayList<>();
        for (Sheet.Line line : sheet.lines()) {
            RowReader row = new RowReader(line, mapping.columns());
            Line host = read(row, seenOids);
            if (host.command().legalName() != null && host.city() != null) {
                checkDuplicate(row, host, seen);
            }
            rows.add(RowChecker.parsed(row, line, mapping, host::command));
        }
        return rows;
    }

    /** The organisation of the line, each cell read in the order of the columns (a wrong cell leaves its value null). */
    private Line read(RowReader row, Map<String, Integer> seenOids) {
        String legalName = row.text("legalName");
        OrganisationType type = row.coded("type", text -> vocabulary.value(text, OrganisationType.class, "host.type."),
                "imports.cell.unknownType", null);
        String country = row.coded("country", vocabulary::country, "imports.cell.unknownCountry", null);
        String cityText = row.text("city");
        City city = cityText == null || country == null ? null : city(row, cityText, country);
        String address = row.text("address");
        String website = row.text("website");
        if (website != null && !WEBSITE.matcher(website).matches()) {
            row.problem("website", "imports.cell.badWebsite", website);
        }
        String oid = oid(row, seenOids);
        HostCommand command = new HostCommand(legalName, type, false, Set.of(), city == null ? null : city.id(), address,
                website, oid, null, row.text("contactName"), row.text("contactRole"), row.email("contactEmail"),
                row.text("contactPhone"), row.text("contactLanguages"), null, row.text("notes"));
        return new Line(command, city);
    }

    /** The OID (E and 8 digits), once in the file. */
    private static String oid(RowReader row, Map<String, Integer> seenOids) {
        String oid = row.text("oid");
        if (oid != null && !OID.matcher(oid).matches()) {
            row.problem("oid", "imports.cell.badOid", oid);
        } else if (oid != null) {
            Integer first = seenOids.putIfAbsent(oid, row.line());
            if (first != null) {
                row.problem("oid", "imports.cell.oidTwice", first);
            }
        }
        return oid;
    }

    /** The same name in the same city earlier in the file, or in the directory. */
    private void checkDuplicate(RowReader row, Line host, Map<String, Integer> seen) {
        Integer first = seen.putIfAbsent(OrganisationNames.normalise(host.command().legalName()) + "|" + host.city().id(),
                row.line());
        if (first != null) {
            row.problem(null, "imports.row.duplicateInFile", first);
        } else if (directory.isListed(host.command().legalName(), host.city().id())) {
            row.problem(null, "imports.row.hostExists", host.city().name());
        }
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

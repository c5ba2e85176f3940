#!/usr/bin/env python3
"""Builds src/main/resources/geo/city-names.csv: the French and English names of the gazetteer's cities
where GeoNames knows a well-known name in that language (Vienna -> Vienne, Sevilla -> Séville / Seville).

Source: GeoNames (CC BY 4.0) cities of 15,000+ inhabitants and their alternate names, as packaged by Debian
(libgeonames0: the cities with their coordinates; libgeonames-common: one gettext catalogue per language,
GeoNames id -> preferred name). Run on Debian:

    cd /tmp && apt-get download libgeonames0 libgeonames-common
    python3 tools/place-names/build_city_names.py /tmp/libgeonames0_*.deb /tmp/libgeonames-common_*.deb

A gazetteer row gets a name when a GeoNames city of the same country lies at the same coordinates, or less than
10 km away and bears its name in the local, French or English form (the two sources are not the same GeoNames
version: Lisbon moved by 1.6 km).
Left out, so the local name stays: names that differ only by accents or case, names with a parenthesis
("Bruxelles (Ixelles)": a district, not the town's name), and names shared by two gazetteer rows of one country.
"""
import csv, gettext, math, glob, os, re, struct, subprocess, sys, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEER = os.path.join(ROOT, 'src/main/resources/geo/cities-europe.csv')
OUTPUT = os.path.join(ROOT, 'src/main/resources/geo/city-names.csv')
RECORD = re.compile(rb'(\d+)\x00([^\x00]+)\x00([^\x00]*)\x00([^\x00]*)\x00([A-Z]{2})\x00([^\x00]*)\x00([A-Za-z_/\-+0-9]+)\x00')


def unpack(deb, into):
    subprocess.run(['dpkg', '-x', deb, into], check=True)


def geonames_cities(library):
    """(GeoNames id, name, country, latitude, longitude), read from the GVariant array compiled into the library."""
    data = subprocess.run(['gresource', 'extract', library, '/com/lomiri/geonames/cities.compiled'],
                          check=True, capture_output=True).stdout
    cities = []
    for match in RECORD.finditer(data):
        if match.start() % 8:
            continue
        position = match.end() + (-match.end()) % 4 + 4  # population (int32), then the two doubles
        position += (-position) % 8
        latitude, longitude = struct.unpack_from('<dd', data, position)
        cities.append((match.group(1).decode(), match.group(2).decode(), match.group(5).decode(), latitude, longitude))
    return cities


def same_city(row, city, names):
    """The same place: one country and the same coordinates, or less than 10 km apart with one of its names."""
    geonames_id, name, country, latitude, longitude = city
    if country == row['country'] and (round(latitude, 4), round(longitude, 4)) == (
            round(float(row['latitude']), 4), round(float(row['longitude']), 4)):
        return True
    if country != row['country'] or abs(latitude - float(row['latitude'])) > 0.1:
        return False
    if abs(longitude - float(row['longitude'])) * math.cos(math.radians(latitude)) > 0.13:
        return False
    wanted = search_form(row['name'])
    return any(search_form(n) == wanted for n in [name] + [c.get(geonames_id, '') for c in names])


def search_form(name):
    decomposed = unicodedata.normalize('NFD', name.lower())
    return re.sub('[^a-z0-9]+', ' ', ''.join(c for c in decomposed if not unicodedata.combining(c))).strip()


def well_known(local, translated):
    return translated and '(' not in translated and search_form(translated) != search_form(local)


def main(library_deb, common_deb):
    work = tempfile.mkdtemp()
    unpack(library_deb, work)
    unpack(common_deb, work)
    cities = geonames_cities(glob.glob(os.path.join(work, 'usr/lib/*/libgeonames.so.*.*'))[0])
    catalogue = lambda lang: gettext.GNUTranslations(
        open(os.path.join(work, 'usr/share/locale', lang, 'LC_MESSAGES/geonames.mo'), 'rb'))._catalog
    french, english = catalogue('fr'), catalogue('en')
    by_country = {}
    for city in cities:
        by_country.setdefault(city[2], []).append(city)
    rows = list(csv.DictReader(open(GAZETTEER, encoding='utf-8')))
    shared = {}
    for row in rows:
        shared[(row['country'], row['name'])] = shared.get((row['country'], row['name']), 0) + 1
    names = []
    for line, row in enumerate(rows, start=1):
        if shared[(row['country'], row['name'])] > 1:
            continue
        match = next((c for c in by_country.get(row['country'], []) if same_city(row, c, (french, english))), None)
        if match is None:
            continue
        geonames_id = match[0]
        fr, en = french.get(geonames_id), english.get(geonames_id)
        fr = fr if well_known(row['name'], fr) else ''
        en = en if well_known(row['name'], en) else ''
        if fr or en:
            names.append((line, row['country'], row['name'], fr, en))
    with open(OUTPUT, 'w', encoding='utf-8', newline='') as out:
        writer = csv.writer(out, lineterminator='\n')
        writer.writerow(['id', 'country', 'name', 'name_fr', 'name_en'])
        writer.writerows(names)
    print(f'{len(names)} cities with a French or English name, of {len(rows)}; written to {OUTPUT}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

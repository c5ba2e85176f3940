package fr.capmob.portal.funding;

import static fr.capmob.portal.funding.RateItem.amount;
import static fr.capmob.portal.funding.RateItem.text;

import fr.capmob.portal.consortium.ProgrammeGeneration;
import java.util.ArrayList;
import java.util.List;

/** Rate sheets with the seeded figures (FR01 2018 and 2024), built in code for the pure calculator tests. */
final class Sheets {

    private Sheets() {
    }

    /** 2014–2020, bands 2016–2020; VET learners G1 92→64 … G4 56→39; staff 112/98/84/70; 350 € / 200 € beyond the 100th. */
    static RateSheet fr2018() {
        List<RateItem> items = new ArrayList<>();
        bands(items, RateKind.TRAVEL, new String[]{"20", "180", "275", "360", "530", "820", "1500"});
        groups(items, "G1", "DK IE NL SE GB");
        groups(items, "G2", "BE BG CZ GR FR IT CY LU HU AT PL RO FI IS LI NO TR");
        groups(items, "G3", "DE ES LV MT PT SK MK");
        groups(items, "G4", "EE HR LT SI");
        String[][] learners = {{"G1", "92", "64"}, {"G2", "80", "56"}, {"G3", "68", "48"}, {"G4", "56", "39"}};
        for (String[] l : learners) {
            items.add(amount(RateKind.DAILY_RATE, l[0] + ".LEARNER", l[1], "t"));
            items.add(amount(RateKind.DAILY_RATE_REDUCED, l[0] + ".LEARNER", l[2], "t"));
        }
        String[][] staff = {{"G1", "112"}, {"G2", "98"}, {"G3", "84"}, {"G4", "70"}};
        for (String[] s : staff) {
            items.add(amount(RateKind.DAILY_RATE, s[0] + ".STAFF", s[1], "t"));
        }
        common(items);
        items.add(amount(RateKind.PARAMETER, RateSheet.ORGANISATIONAL_TIER_LIMIT, "100", "t"));
        items.add(amount(RateKind.ORGANISATIONAL_TIER, RateSheet.UP_TO_LIMIT, "350", "t"));
        items.add(amount(RateKind.ORGANISATIONAL_TIER, RateSheet.BEYOND_LIMIT, "200", "t"));
        return new RateSheet(ProgrammeGeneration.G2014_2020, items);
    }

    /** 2021+, bands 2024+ (standard / green); Polish-agency example rates; 100/350/500 €; inclusion 100 €. */
    static RateSheet fr2024() {
        List<RateItem> items = new ArrayList<>();
        bands(items, RateKind.TRAVEL, new String[]{"28", "211", "309", "395", "580", "1188", "1735"});
        bands(items, RateKind.GREEN_TRAVEL, new String[]{"56", "285", "417", "535", "785", "1188", "1735"});
        groups2021(items);
        // from day 15, the amounts the Polish agency publishes in whole euros (V26_1)
        String[][] rates = {{"G1", "64", "117", "45", "82"}, {"G2", "56", "104", "39", "73"}, {"G3", "48", "91", "34", "64"}};
        for (String[] r : rates) {
            items.add(amount(RateKind.DAILY_RATE, r[0] + ".LEARNER", r[1], "t"));
            items.add(amount(RateKind.DAILY_RATE, r[0] + ".STAFF", r[2], "t"));
            items.add(amount(RateKind.DAILY_RATE_REDUCED, r[0] + ".LEARNER", r[3], "t"));
            items.add(amount(RateKind.DAILY_RATE_REDUCED, r[0] + ".STAFF", r[4], "t"));
        }
        common(items);
        items.add(amount(RateKind.PARAMETER, RateSheet.GREEN_TRAVEL_DAYS, "6", "t"));
        items.add(amount(RateKind.ORGANISATIONAL_ACTIVITY, "STAFF", "100", "t"));
        items.add(amount(RateKind.ORGANISATIONAL_ACTIVITY, "LEARNER", "350", "t"));
        items.add(amount(RateKind.ORGANISATIONAL_ACTIVITY, "ERASMUS_PRO", "500", "t"));
        items.add(amount(RateKind.INCLUSION_ORGANISATION, "PARTICIPANT", "100", "t"));
        return new RateSheet(ProgrammeGeneration.G2021_2027, items);
    }

    /** 2021–2023 bands: 10–99 km and 4000 km+ have no green amount. */
    static RateSheet fr2021() {
        List<RateItem> items = new ArrayList<>(fr2024().items().stream()
                .filter(i -> i.kind() != RateKind.TRAVEL && i.kind() != RateKind.GREEN_TRAVEL).toList());
        bands(items, RateKind.TRAVEL, new String[]{"23", "180", "275", "360", "530", "820", "1500"});
        bands(items, RateKind.GREEN_TRAVEL, new String[]{null, "210", "320", "410", "610", null, null});
        return new RateSheet(ProgrammeGeneration.G2021_2027, items);
    }

    private static void bands(List<RateItem> items, RateKind kind, String[] amounts) {
        int[] bounds = {10, 100, 500, 2000, 3000, 4000, 8000};
        for (int i = 0; i < bounds.length; i++) {
            if (amounts[i] != null) {
                items.add(amount(kind, String.valueOf(bounds[i]), amounts[i], "t"));
            }
        }
    }

    private static void groups(List<RateItem> items, String group, String countries) {
        for (String country : countries.split(" ")) {
            items.add(text(RateKind.COUNTRY_GROUP, country, group, "t"));
        }
    }

    private static void groups2021(List<RateItem> items) {
        groups(items, "G1", "NO DK LU IS SE IE FI LI");
        groups(items, "G2", "NL AT BE FR DE IT ES CY GR MT PT");
        groups(items, "G3", "SI EE LV HR SK CZ LT TR HU RO BG MK RS");
    }

    private static void common(List<RateItem> items) {
        items.add(amount(RateKind.PARAMETER, RateSheet.REDUCED_SHARE, "0.70", "t"));
        items.add(amount(RateKind.PARAMETER, RateSheet.REDUCED_FROM_DAY, "15", "t"));
        items.add(amount(RateKind.PARAMETER, RateSheet.TRAVEL_DAYS, "2", "t"));
        items.add(amount(RateKind.PARAMETER, RateSheet.EXCEPTIONAL_TRAVEL_SHARE, "0.80", "t"));
    }
}

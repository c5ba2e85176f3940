package fr.capmob.portal.funding;

import fr.capmob.portal.consortium.ProgrammeGeneration;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The figures of one rate-table version, looked up by kind and code: what the grant calculator reads. */
public final class RateSheet {

    public static final String REDUCED_SHARE = "REDUCED_SHARE";
    public static final String REDUCED_FROM_DAY = "REDUCED_FROM_DAY";
    public static final String TRAVEL_DAYS = "TRAVEL_DAYS";
    public static final String GREEN_TRAVEL_DAYS = "GREEN_TRAVEL_DAYS";
    public static final String EXCEPTIONAL_TRAVEL_SHARE = "EXCEPTIONAL_TRAVEL_SHARE";
    public static final String EXCEPTIONAL_TRAVEL_THRESHOLD = "EXCEPTIONAL_TRAVEL_THRESHOLD";
    public static final String ACCOMPANYING_MAX_DAYS = "ACCOMPANYING_MAX_DAYS";
    public static final String ERASMUS_PRO_MIN_DAYS = "ERASMUS_PRO_MIN_DAYS";
    public static final String COURSE_FEE_PER_DAY = "COURSE_FEE_PER_DAY";
    public static final String COURSE_FEE_MAX_DAYS = "COURSE_FEE_MAX_DAYS";
    public static final String PREPARATORY_VISIT_PER_PERSON = "PREPARATORY_VISIT_PER_PERSON";
    public static final String ORGANISATIONAL_TIER_LIMIT = "ORGANISATIONAL_TIER_LIMIT";
    public static final String UP_TO_LIMIT = "UP_TO_LIMIT";
    public static final String BEYOND_LIMIT = "BEYOND_LIMIT";

    private final ProgrammeGeneration generation;
    private final Map<String, RateItem> items = new LinkedHashMap<>();

    public RateSheet(ProgrammeGeneration generation, Collection<RateItem> items) {
        this.generation = generation;
        items.forEach(item -> this.items.put(item.key(), item));
    }

    public ProgrammeGeneration generation() {
        return generation;
    }

    public List<RateItem> items() {
        return List.copyOf(items.values());
    }

    public Optional<RateItem> find(RateKind kind, String code) {
        return Optional.ofNullable(items.get(kind + ":" + code));
    }

    public Optional<BigDecimal> amount(RateKind kind, String code) {
        return find(kind, code).map(RateItem::amount);
    }

    public Optional<BigDecimal> parameter(String name) {
        return amount(RateKind.PARAMETER, name);
    }

    public Optional<String> countryGroup(String country) {
        return find(RateKind.COUNTRY_GROUP, country).map(RateItem::textValue);
    }

    public boolean has(RateKind kind) {
        return items.values().stream().anyMatch(item -> item.kind() == kind);
    }

    /** The lower bounds (km) of the distance bands: every band that has a standard or a green amount. */
    public List<Integer> bandLowerBounds() {
        TreeSet<Integer> bounds = new TreeSet<>();
        items.values().stream().filter(item -> item.kind() == RateKind.TRAVEL || item.kind() == RateKind.GREEN_TRAVEL)
                .forEach(item -> bounds.add(Integer.valueOf(item.code())));
        return List.copyOf(bounds);
    }
}

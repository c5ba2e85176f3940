package fr.capmob.portal.funding;

/**
 * What the participant does abroad, as far as unit costs care: it chooses the daily rate, the organisational
 * support and the items an activity has (course fees, a preparatory visit's lump sum).
 */
public enum RateActivity {
    LEARNER(Category.LEARNER, "LEARNER"),
    ERASMUS_PRO(Category.LEARNER, "ERASMUS_PRO"),
    STAFF(Category.STAFF, "STAFF"),
    /** staff courses and training (SM-COUR-TRAIN): staff rates plus course fees where the call pays them */
    COURSE(Category.STAFF, "STAFF"),
    /** an accompanying person: staff rates, not a participant of organisational support */
    ACCOMPANYING(Category.STAFF, null),
    /** hosting teachers and educators in training (OA-HOS-TTT, calls 2021+ that have it) */
    HOSTED_TEACHER(Category.STAFF, "HOSTED_TEACHER"),
    /** a preparatory visit: one lump sum per person (calls that have it), nothing else */
    PREPARATORY_VISIT(Category.STAFF, null);

    /** The participant category of the daily individual-support rates. */
    public enum Category { LEARNER, STAFF }

    private final Category category;
    private final String organisationalCode;

    RateActivity(Category category, String organisationalCode) {
        this.category = category;
        this.organisationalCode = organisationalCode;
    }

    public Category category() {
        return category;
    }

    /** The code of its organisational support per activity (2021+ tables); null: it has none. */
    public String organisationalCode() {
        return organisationalCode;
    }
}

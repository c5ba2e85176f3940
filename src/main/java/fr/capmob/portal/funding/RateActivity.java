package fr.capmob.portal.funding;

/** What the participant does abroad, as far as unit costs care: it chooses the daily rate and organisational support. */
public enum RateActivity {
    LEARNER(Category.LEARNER),
    ERASMUS_PRO(Category.LEARNER),
    STAFF(Category.STAFF),
    ACCOMPANYING(Category.STAFF);

    /** The participant category of the daily individual-support rates. */
    public enum Category { LEARNER, STAFF }

    private final Category category;

    RateActivity(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}

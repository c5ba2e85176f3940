package fr.capmob.portal.consortium;

/**
 * The Erasmus+ action of a project: KA102 / KA116 (VET mobility, 2014–2020), KA121-VET (accredited) and
 * KA122-VET (short-term projects), 2021–2027.
 */
public enum KeyAction {
    KA102(ProgrammeGeneration.G2014_2020, "KA102"),
    KA116(ProgrammeGeneration.G2014_2020, "KA116"),
    KA121_VET(ProgrammeGeneration.G2021_2027, "KA121-VET"),
    KA122_VET(ProgrammeGeneration.G2021_2027, "KA122-VET");

    private final ProgrammeGeneration generation;
    private final String code;

    KeyAction(ProgrammeGeneration generation, String code) {
        this.generation = generation;
        this.code = code;
    }

    public ProgrammeGeneration generation() {
        return generation;
    }

    /** The code as written in project numbers and by the Commission, e.g. {@code KA121-VET}. */
    public String code() {
        return code;
    }
}

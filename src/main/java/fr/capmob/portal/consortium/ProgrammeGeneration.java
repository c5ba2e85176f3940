package fr.capmob.portal.consortium;

/** Erasmus+ programme generations: the rules (durations, unit costs) differ between them. */
public enum ProgrammeGeneration {
    G2014_2020,
    G2021_2027
}

package fr.capmob.portal.participant;

/** Common European Framework of Reference for Languages levels. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2
}

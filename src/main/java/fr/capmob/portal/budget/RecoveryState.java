package fr.capmob.portal.budget;

/**
 * Where an amount to recover (recovery order, "ordre de reversement") stands: OPEN until the participant paid it
 * back in full (RECOVERED) or the accountant gave up the rest, with a reason (WRITTEN_OFF).
 */
public enum RecoveryState {
    OPEN,
    RECOVERED,
    WRITTEN_OFF
}

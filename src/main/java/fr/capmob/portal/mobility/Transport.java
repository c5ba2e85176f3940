package fr.capmob.portal.mobility;

/** The main means of transport of a mobility; green travel (a higher travel grant from 2021) is derived from it. */
public enum Transport {
    PLANE(false),
    TRAIN(true),
    BUS(true),
    CAR(false),
    CAR_POOLING(true),
    BOAT(true),
    OTHER(false);

    private final boolean green;

    Transport(boolean green) {
        this.green = green;
    }

    public boolean isGreen() {
        return green;
    }
}

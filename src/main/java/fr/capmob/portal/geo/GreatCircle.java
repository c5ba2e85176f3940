package fr.capmob.portal.geo;

/**
 * Great-circle distance on a sphere of the mean Earth radius (haversine formula), as the Erasmus+ distance
 * calculator does: the one-way distance between the sending and the destination city.
 */
public final class GreatCircle {

    /** Mean Earth radius (IUGG), in km. */
    public static final double MEAN_EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double deltaPhi = Math.toRadians(latitude2 - latitude1);
        double deltaLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static double distanceKm(City from, City to) {
        return distanceKm(from.latitude(), from.longitude(), to.latitude(), to.longitude());
    }
}

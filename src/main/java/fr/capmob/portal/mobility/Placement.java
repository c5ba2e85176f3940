package fr.capmob.portal.mobility;

/**
 * Where and how a participant goes: the host organisation (none for invited experts), the destination city (null:
 * the host's city) and the means of transport (green or not, null when unknown).
 */
public record Placement(Long hostId, Integer destinationCityId, Transport transport) {

    public static final Placement NONE = new Placement(null, null, null);

    public boolean greenTravel() {
        return transport != null && transport.isGreen();
    }
}

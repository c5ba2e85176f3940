package fr.capmob.portal.participant;

/** The same person is already recorded at that school: refused, with the existing record to link to. */
public class DuplicateParticipantException extends RuntimeException {

    private final long existingId;
    private final String existingName;

    DuplicateParticipantException(long existingId, String existingName) {
        super("participant already recorded: " + existingId);
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public long existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}

package fr.capmob.portal.imports;

/** Writing failed (a rule or a constraint refused a row at commit time): the transaction was rolled back, nothing written. */
public class ImportCommitException extends RuntimeException {

    private final int line;
    private final String messageKey;

    ImportCommitException(int line, String messageKey, Throwable cause) {
        super("import rolled back at line " + line + ": " + messageKey, cause);
        this.line = line;
        this.messageKey = messageKey;
    }

    /** The line being written when it failed; 0 when the commit itself failed. */
    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }
}

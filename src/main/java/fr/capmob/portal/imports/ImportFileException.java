package fr.capmob.portal.imports;

/** The file as a whole cannot be imported (format, size, header…): nothing is read further, nothing written. */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    ImportFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}

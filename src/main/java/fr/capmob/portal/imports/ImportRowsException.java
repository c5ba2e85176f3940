package fr.capmob.portal.imports;

/** On confirmation, the file no longer passes the checks (the database changed since the preview): nothing written. */
public class ImportRowsException extends RuntimeException {

    private final transient ImportPreview preview;

    ImportRowsException(ImportPreview preview) {
        super("rows no longer valid");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}

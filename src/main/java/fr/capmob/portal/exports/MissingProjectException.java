package fr.capmob.portal.exports;

/** The export needs a project (the Beneficiary Module file is one project's) and none was chosen. */
public class MissingProjectException extends RuntimeException {

    public MissingProjectException() {
        super("choose a project");
    }
}

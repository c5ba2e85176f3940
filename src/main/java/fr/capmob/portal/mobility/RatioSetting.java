package fr.capmob.portal.mobility;

/** A project's minors per accompanying person (the ratio the trip pages warn about) and its version. */
public record RatioSetting(long projectId, String projectNumber, String projectTitle, int minorsPerEscort, long version) {
}

package fr.capmob.portal.consortium;

import java.time.LocalDate;

/** A row of the projects list. */
public record ProjectSummary(long id, String number, String title, ProgrammeGeneration generation, KeyAction action,
                             int callYear, ProjectStatus status, LocalDate startDate, LocalDate endDate,
                             long schoolCount) {
}

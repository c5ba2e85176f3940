package fr.capmob.portal.consortium;

import org.springframework.data.domain.Page;

/** What the project's page shows: the project and one page of its member schools. */
public record ProjectWithSchools(ProjectDetails project, Page<MemberSchool> schools) {
}

package fr.capmob.portal.dashboard;

/** What the dashboard is about: the whole consortium (both null), a project, a school, or a school in a project. */
public record DashboardFilter(Long projectId, Long schoolId) {

    public static DashboardFilter consortium() {
        return new DashboardFilter(null, null);
    }
}

package fr.capmob.portal.budget;

import java.util.HashMap;
import java.util.Map;

/** Which part of the budget a table covers: one project or all ({@code null}), one school or all ({@code null}). */
public record BudgetScope(Long projectId, Long schoolId) {

    /** The condition on {@link BudgetSql#MOBILITY_MONEY} (alias {@code mm}), with {@link #params()}. */
    static final String MOBILITIES = "(cast(:school as bigint) is null or mm.school_id = :school)"
            + " and (cast(:project as bigint) is null or mm.project_id = :project)";

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("school", schoolId);
        params.put("project", projectId);
        return params;
    }
}

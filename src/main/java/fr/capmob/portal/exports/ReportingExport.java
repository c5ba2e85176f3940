package fr.capmob.portal.exports;

import org.springframework.stereotype.Component;

/**
 * The reporting file of one project, in the layout of its call year (Mobility Tool+ for 2014–2020, the Beneficiary
 * Module for 2021+): one row per reported mobility, the cells by the layout's rules ({@link ReportingCells}).
 */
@Component
class ReportingExport {

    private final ReportingLayouts layouts;
    private final ReportingRows rows;

    ReportingExport(ReportingLayouts layouts, ReportingRows rows) {
        this.layouts = layouts;
        this.rows = rows;
    }

    void write(ExportRequest request, TableWriter writer) {
        ReportingLayout layout = layouts.forProject(request.projectId());
        writer.header(ReportingCells.header(layout));
        rows.each(request.projectId(), request.schoolId(),
                values -> writer.row(ReportingCells.row(layout, values, request.pseudonymised()).cells()));
    }

    /** The file name's start for the project's layout and, when some row lacks a mandatory value, "-incomplete". */
    String fileSlug(ExportRequest request) {
        ReportingLayout layout = layouts.forProject(request.projectId());
        boolean[] incomplete = {false};
        rows.each(request.projectId(), request.schoolId(), values -> incomplete[0] |=
                !ReportingCells.row(layout, values, false).problems().isEmpty());
        return layout.fileSlug() + (incomplete[0] ? "-incomplete" : "");
    }
}

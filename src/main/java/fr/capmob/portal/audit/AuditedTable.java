package fr.capmob.portal.audit;

import static fr.capmob.portal.audit.AuditedRecord.EXPENDITURE;
import static fr.capmob.portal.audit.AuditedRecord.HOST;
import static fr.capmob.portal.audit.AuditedRecord.MOBILITY;
import static fr.capmob.portal.audit.AuditedRecord.PROJECT;
import static fr.capmob.portal.audit.AuditedRecord.STAFF;
import static fr.capmob.portal.audit.AuditedRecord.STUDENT;
import static fr.capmob.portal.audit.AuditedRecord.USER;

/**
 * Every audited table (its {@code <table>_aud} copy, written by Envers or by shared.AuditedRows): its key, the
 * record whose history shows its rows ({@code ownerColumn} holds that record's id) and how a row is named in lists.
 */
public enum AuditedTable {
    STUDENT_ROW("student", "id", STUDENT, "id", "a.first_name || ' ' || a.last_name"),
    EXAM_RESULT("exam_result", "id", STUDENT, "student_id", "a.session_label"),
    STAFF_ROW("staff_member", "id", STAFF, "id", "a.first_name || ' ' || a.last_name"),
    USER_ROW("app_user", "id", USER, "id", "a.display_name"),
    HOST_ROW("host_organisation", "id", HOST, "id", "a.legal_name"),
    MOBILITY_ROW("mobility", "id", MOBILITY, "id", "a.reference"),
    MOBILITY_GRANT("mobility_grant", "mobility_id", MOBILITY, "mobility_id", "cast(a.total as text)"),
    PARTICIPANT_REPORT("participant_report", "mobility_id", MOBILITY, "mobility_id", "a.kind"),
    MOBILITY_REPORTING("mobility_reporting", "mobility_id", MOBILITY, "mobility_id", "cast(a.long_term as text)"),
    MINOR_CONSENT("mobility_minor_consent", "mobility_id", MOBILITY, "mobility_id",
            "cast(a.parental_consent_date as text)"),
    PAYMENT("payment", "id", MOBILITY, "mobility_id", "a.kind || ' ' || cast(a.amount as text)"),
    EXPENDITURE_ROW("expenditure", "id", EXPENDITURE, "id", "a.supplier || ' ' || a.invoice_number"),
    PROJECT_ROW("project", "id", PROJECT, "id", "a.number"),
    BUDGET_ALLOCATION("budget_allocation", "id", PROJECT, "project_id", "a.item || ' ' || cast(a.amount as text)"),
    PAYMENT_SETTING("project_payment_setting", "project_id", PROJECT, "project_id", "cast(a.advance_share as text)");

    private final String table;
    private final String keyColumn;
    private final AuditedRecord owner;
    private final String ownerColumn;
    private final String labelSql;

    AuditedTable(String table, String keyColumn, AuditedRecord owner, String ownerColumn, String labelSql) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.owner = owner;
        this.ownerColumn = ownerColumn;
        this.labelSql = labelSql;
    }

    String auditTable() {
        return table + "_aud";
    }

    String keyColumn() {
        return keyColumn;
    }

    public AuditedRecord owner() {
        return owner;
    }

    String ownerColumn() {
        return ownerColumn;
    }

    String labelSql() {
        return labelSql;
    }
}

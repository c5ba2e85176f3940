package fr.capmob.portal.budget;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.shared.AuditedRows;
import fr.capmob.portal.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status from which a project's participants may be paid ({@link PaymentProperties#payableFrom} when the project
 * chose none). Saved on the project's payment settings row without touching its version, which guards the
 * allocation form.
 */
@Service
@Transactional(readOnly = true)
public class PaymentStates {

    private final JdbcClient jdbc;
    private final AuditedRows audit;
    private final PaymentProperties properties;

    PaymentStates(JdbcClient jdbc, AuditedRows audit, PaymentProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    /** The project's status to pay from; 404 when the project does not exist. */
    public MobilityStatus payableFrom(long projectId) {
        String status = jdbc.sql("""
                        select coalesce(st.payable_from, :default) from project p
                        left join project_payment_setting st on st.project_id = p.id where p.id = :id""")
                .param("id", projectId).param("default", properties.payableFrom().name()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("project", projectId));
        return MobilityStatus.valueOf(status);
    }

    /** Saves the project's status to pay from; refused (nothing saved) outside {@link PaymentProperties#PAYABLE_FROM_CHOICES}. */
    @Transactional
    public void save(long projectId, MobilityStatus status, CurrentUser user) {
        payableFrom(projectId);
        if (status == null || !PaymentProperties.PAYABLE_FROM_CHOICES.contains(status)) {
            throw new BudgetRuleException("payableFrom", "budget.paymentState.invalid");
        }
        jdbc.sql("""
                        insert into project_payment_setting (project_id, payable_from, updated_by) values (:id, :status, :by)
                        on conflict (project_id) do update set payable_from = excluded.payable_from""")
                .param("id", projectId).param("status", status.name()).param("by", user.email()).update();
        audit.changed("project_payment_setting", "project_id", projectId);
    }
}

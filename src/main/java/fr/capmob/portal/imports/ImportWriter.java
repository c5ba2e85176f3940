package fr.capmob.portal.imports;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.participant.DuplicateParticipantException;
import fr.capmob.portal.participant.ParticipantRuleException;
import fr.capmob.portal.participant.StaffCommand;
import fr.capmob.portal.participant.StaffService;
import fr.capmob.portal.participant.StudentCommand;
import fr.capmob.portal.participant.StudentService;
import fr.capmob.portal.partner.DuplicateHostException;
import fr.capmob.portal.partner.HostCommand;
import fr.capmob.portal.partner.HostDirectory;
import fr.capmob.portal.partner.HostRuleException;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every row through the services (so their rules run once more) in ONE transaction: the first refusal
 * rolls everything back, the batch included.
 */
@Component
class ImportWriter {

    private final StudentService students;
    private final StaffService staff;
    private final HostDirectory hosts;
    private final ImportBatches batches;

    ImportWriter(StudentService students, StaffService staff, HostDirectory hosts, ImportBatches batches) {
        this.students = students;
        this.staff = staff;
        this.hosts = hosts;
        this.batches = batches;
    }

    @Transactional
    public int write(UUID batchId, ImportKind kind, List<ParsedRow<Object>> rows, CurrentUser user) {
        batches.delete(batchId);
        for (ParsedRow<Object> row : rows) {
            try {
                switch (kind) {
                    case STUDENTS -> students.create((StudentCommand) row.command(), user);
                    case STAFF -> staff.create((StaffCommand) row.command(), user);
                    case HOSTS -> hosts.create((HostCommand) row.command(), false, user);
                }
            } catch (DuplicateParticipantException | DuplicateHostException duplicate) {
                throw new ImportCommitException(row.line(), "imports.commit.duplicate", duplicate);
            } catch (ParticipantRuleException | HostRuleException | DataIntegrityViolationException refused) {
                throw new ImportCommitException(row.line(), "imports.commit.refused", refused);
            }
        }
        return rows.size();
    }
}

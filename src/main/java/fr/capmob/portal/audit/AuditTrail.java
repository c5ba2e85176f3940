package fr.capmob.portal.audit;

import fr.capmob.portal.account.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as pages read it: the history of one record (its rows and the rows it owns, such as a mobility's
 * grant, report and payments) for those who read the record, and the consortium-wide search for coordinators.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    public static final int PAGE_SIZE = 20;

    private final AuditQueries queries;
    private final HistoryAccess access;

    AuditTrail(AuditQueries queries, HistoryAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /**
     * One page of a record's history, newest first.
     *
     * @throws fr.capmob.portal.shared.NotFoundException outside the user's scope
     */
    public Page<AuditEntry> history(AuditedRecord record, long id, Pageable pageable, CurrentUser user) {
        HistoryAccess.Scope scope = access.scope(record, id, user);
        return queries.entries(scope.tables(), id, null, pageable, scope.hiddenColumns());
    }

    /** The consortium-wide search, coordinators only. */
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable, CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinators only");
        }
        List<AuditedTable> tables = filter.record() == null ? List.of(AuditedTable.values())
                : Arrays.stream(AuditedTable.values()).filter(t -> t.owner() == filter.record()).toList();
        return queries.entries(tables, null, filter, pageable, Set.of());
    }
}

package fr.capmob.portal.mobility;

import fr.capmob.portal.account.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for reading a tutoring partner's records (ARCHITECTURE.md, security model): only a school referent,
 * only for the schools paired with theirs in the record's project, and only to read: the partner's trips and
 * mobilities alike (their pages, lists and PDFs), never to write. Accountants read their own school only.
 */
@Component
class PartnerReads {

    /** SQL condition: the school of the second placeholder is paired with {@code :own} in the first one's project. */
    static final String SQL_PARTNER_OF_OWN = """
            exists (select 1 from tutoring_pair_member a join tutoring_pair_member b on b.pair_id = a.pair_id
                    where a.project_id = %s and a.school_id = :own and b.school_id = %s)""";

    private final JdbcClient jdbc;

    PartnerReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean pairPartners(long projectId, long schoolA, long schoolB) {
        return jdbc.sql("select " + SQL_PARTNER_OF_OWN.formatted(":p", ":b"))
                .param("p", projectId).param("own", schoolA).param("b", schoolB).query(Boolean.class).single();
    }

    /** True when the user reads this other school's record of this project as its tutoring partner's referent. */
    boolean mayRead(CurrentUser user, long projectId, long schoolOfRecord) {
        return user.isReferent() && user.schoolId() != null && user.schoolId() != schoolOfRecord
                && pairPartners(projectId, user.schoolId(), schoolOfRecord);
    }
}

package fr.capmob.portal.exports;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads rows with a server-side cursor: a fetch size of {@value #FETCH_SIZE} inside a read-only transaction
 * (PostgreSQL's driver fetches by cursor only when autocommit is off), each row handed to a callback that writes it
 * to the response at once. So an export of any size holds about one fetch of rows in memory.
 */
@Component
class StreamingReads {

    static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    StreamingReads(DataSource dataSource, PlatformTransactionManager transactionManager) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    void each(String sql, Map<String, ?> params, RowCallbackHandler handler) {
        readOnly.executeWithoutResult(status -> jdbc.sql(sql).params(params).query(handler));
    }

    /** Runs several reads in one read-only transaction. */
    void inTransaction(Runnable work) {
        readOnly.executeWithoutResult(status -> work.run());
    }
}

package org.claimscreen.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * pgjdbc settings a run needs and pgjdbc does not default to; each is set only when the URL does
 * not set it, so a user's URL always wins. H2 runs in the process or beside it and has no such
 * settings, so it is left alone.
 *
 * <ul>
 *   <li>A PostgreSQL connection that stops answering must fail the run, not hang it: pgjdbc waits
 *       forever on a socket by default, so this sets {@code socketTimeout}
 *       ({@code claimscreen.db.socket-timeout}, default 120 s: longer than any one query or fetch of
 *       a run) and TCP keep-alive. Connecting is bounded by Hikari's {@code connection-timeout}
 *       (application.yaml).</li>
 *   <li>A worker that hangs inside a transaction (stopped by SIGSTOP, a machine frozen mid-write)
 *       must not hold its locks for ever: the partition's other attempt, on another worker, would
 *       wait on them without end. {@code idle_in_transaction_session_timeout}
 *       ({@code claimscreen.db.idle-transaction-timeout}: 120 s in {@code claimscreen worker}, off
 *       elsewhere, since a run's route and report steps may idle in their transaction for longer
 *       on a large night) makes the server end such a session and roll its transaction back. It
 *       goes through pgjdbc's {@code options}, unless the URL sets them.</li>
 *   <li>{@code reWriteBatchedInserts}: without it pgjdbc sends a JDBC batch of inserts as one
 *       statement per row; with it a batch goes as multi-row inserts. The large writes (lines,
 *       verdicts, findings) use COPY on PostgreSQL ({@link BulkInsert}); this keeps any other batch
 *       cheap. The code never reads a batch's update counts (which this setting turns into
 *       "success, count unknown").</li>
 * </ul>
 */
@Component
class PostgresConnectionSettings implements BeanPostProcessor {

    private final Duration socketTimeout;
    private final Duration idleTransactionTimeout;

    PostgresConnectionSettings(@Value("${claimscreen.db.socket-timeout:120s}") Duration socketTimeout,
            @Value("${claimscreen.db.idle-transaction-timeout:0s}") Duration idleTransactionTimeout) {
        this.socketTimeout = socketTimeout;
        this.idleTransactionTimeout = idleTransactionTimeout;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            String url = pool.getJdbcUrl();
            if (!url.contains("socketTimeout=")) {
                pool.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1, socketTimeout.toSeconds())));
            }
            if (!url.contains("tcpKeepAlive=")) {
                pool.addDataSourceProperty("tcpKeepAlive", "true");
            }
            if (!url.contains("options=") && !idleTransactionTimeout.isZero()) {
                pool.addDataSourceProperty("options", options(idleTransactionTimeout));
            }
            if (!url.contains("reWriteBatchedInserts=")) {
                pool.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
        }
        return bean;
    }

    /** pgjdbc's {@code options}: server settings for every session of the pool. */
    static String options(Duration idleTransactionTimeout) {
        return "-c idle_in_transaction_session_timeout=" + Math.max(1, idleTransactionTimeout.toMillis());
    }
}

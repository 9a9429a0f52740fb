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

    PostgresConnectionSettings(@Value("${claimscreen.db.socket-timeout:120s}") Duration socketTimeout) {
        this.socketTimeout = socketTimeout;
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
            if (!url.contains("reWriteBatchedInserts=")) {
                pool.addDataSourceProperty("reWriteBatchedInserts", "true");
            }
        }
        return bean;
    }
}

package org.claimscreen.run;

import java.sql.DatabaseMetaData;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a manager and a worker need before they start: a database the processes share (PostgreSQL;
 * the embedded H2 lives in one machine's folder) and a broker that answers. Asked before anything
 * is started, so that a missing broker is one line, not a run that fails.
 */
@Component
public class RemoteWorkers {

    private final RabbitTemplate rabbit;
    private final JdbcTemplate jdbc;
    private final String queue;
    private final String brokerAddresses;

    public RemoteWorkers(RabbitTemplate rabbit, DataSource dataSource, @Value("${claimscreen.workers.queue}") String queue,
            @Value("${spring.rabbitmq.addresses:}") String brokerAddresses) {
        this.rabbit = rabbit;
        this.jdbc = new JdbcTemplate(dataSource);
        this.queue = queue;
        this.brokerAddresses = brokerAddresses;
    }

    /** Why workers cannot be used now, or empty when they can (the queue is declared by then). */
    public Optional<String> whyNot() {
        String database = jdbc.execute((java.sql.Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName();
        });
        if (database == null || !database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return Optional.of("workers need the database they all share: set CLAIMSCREEN_DB_URL to PostgreSQL"
                    + " (this process uses " + database + ")");
        }
        try {
            rabbit.execute(channel -> channel.queueDeclare(queue, true, false, false, null));
            return Optional.empty();
        } catch (AmqpException unreachable) {
            return Optional.of("RabbitMQ at " + broker() + " cannot be reached (" + RootCause.message(unreachable)
                    + "); set CLAIMSCREEN_RABBITMQ_URL to the broker the workers use");
        }
    }

    /** The broker's address without user and password. */
    public String broker() {
        return brokerAddresses.replaceAll("//[^/@]*@", "//");
    }

    public String queue() {
        return queue;
    }
}

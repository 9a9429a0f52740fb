package org.claimscreen.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen worker}: stays up and screens the partitions that runs started with --workers hand out. */
@Command(name = "worker",
        header = "Stays up and screens partitions of runs started with --workers.",
        description = {
            "Takes partitions off the RabbitMQ queue that 'claimscreen screen --workers' (or a job with",
            "'workers: true') fills, one per thread, and screens each with the run's own rule pack, history",
            "and reference data, recording it in the database the run uses. Start as many as you like, on",
            "this machine or others; each needs the same CLAIMSCREEN_DB_URL (PostgreSQL) and",
            "CLAIMSCREEN_RABBITMQ_URL as the run, and the run's --out folder and inputs at the same paths",
            "(a shared folder). A partition is acknowledged only when it is recorded: a worker that dies",
            "leaves its partitions to the others, which screen them again from nothing.",
            "",
            "SIGTERM (or Ctrl-C) stops taking partitions, waits for those under way (up to",
            "claimscreen.workers.stop-wait, 60 s), then exits."},
        exitCodeList = {
            "0:stopped by SIGTERM or SIGINT",
            "1:could not start (the database or RabbitMQ cannot be reached, or the database is not PostgreSQL)",
            "2:used wrongly, or the metrics port cannot be served"},
        footer = {"Example:",
            "  CLAIMSCREEN_DB_URL=jdbc:postgresql://db:5432/claimscreen \\",
            "  CLAIMSCREEN_RABBITMQ_URL=amqp://claimscreen:secret@mq:5672 claimscreen worker --threads 4"})
final class WorkerCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Option(names = "--threads", paramLabel = "N", converter = Converters.Threads.class,
            description = "partitions screened at once (default: the cores, or claimscreen.partition.threads)")
    Integer threads;

    @Option(names = "--metrics-port", paramLabel = "N", converter = Converters.Port.class,
            description = "serve Prometheus metrics at http://HOST:N/metrics (partitions running, done and failed"
                    + " here, requests waiting in the queue)")
    Integer metricsPort;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return claimscreen.launch(this);
    }

    /**
     * A worker that hangs inside a partition's transaction must not hold its locks for ever: the
     * partition's next attempt, on another worker, would wait on them. A partition's transaction
     * waits between two statements for one bucket's screening at most (seconds).
     */
    static final String IDLE_TRANSACTION_TIMEOUT = "120s";

    @Override
    public java.util.Map<String, Object> defaultProperties() {
        return java.util.Map.of("claimscreen.db.idle-transaction-timeout", IDLE_TRANSACTION_TIMEOUT);
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        return context.getBean(WorkerCommand.class).run(threads, metricsPort, claimscreen.err());
    }
}

package org.claimscreen.cli;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import org.claimscreen.run.PartitionWorker;
import org.claimscreen.run.RemoteWorkers;
import org.claimscreen.run.RunLock;
import org.claimscreen.run.WorkerRole;
import org.claimscreen.run.metrics.MetricsServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * {@code claimscreen worker}: starts the partition consumers and waits until the process is asked
 * to end; the application's shutdown hook then stops the consumers, which wait for the partitions
 * under way ({@link PartitionWorker}).
 */
@Component
public class WorkerCommand {

    private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

    private final RemoteWorkers remoteWorkers;
    private final WorkerRole role;
    private final SimpleMessageListenerContainer partitionListener;
    private final PartitionWorker partitionWorker;
    private final RunLock runLock;
    private final PrometheusMeterRegistry registry;
    private final RabbitTemplate rabbit;

    public WorkerCommand(RemoteWorkers remoteWorkers, WorkerRole role, SimpleMessageListenerContainer partitionListener,
            PartitionWorker partitionWorker, RunLock runLock, PrometheusMeterRegistry registry, RabbitTemplate rabbit) {
        this.remoteWorkers = remoteWorkers;
        this.role = role;
        this.partitionListener = partitionListener;
        this.partitionWorker = partitionWorker;
        this.runLock = runLock;
        this.registry = registry;
        this.rabbit = rabbit;
    }

    public int run(Integer threads, Integer metricsPort, PrintStream err) throws InterruptedException {
        Optional<String> whyNot = remoteWorkers.whyNot();
        if (whyNot.isPresent()) {
            err.println("claimscreen: worker: " + whyNot.get());
            return ExitStatus.FAILED;
        }
        MetricsServer server = null;
        if (metricsPort != null) {
            registerMetrics();
            try {
                server = MetricsServer.start(registry, metricsPort);
            } catch (IOException e) {
                err.println("claimscreen: cannot serve metrics on port " + metricsPort + ": " + e.getMessage());
                return ExitStatus.USAGE;
            }
        }
        role.becomeWorker();
        if (threads != null) {
            partitionListener.setConcurrentConsumers(threads);
        }
        partitionListener.start();
        log.info("worker: {} takes partitions from queue {} at {}, {} at a time{}; SIGTERM stops it",
                runLock.processName(), remoteWorkers.queue(), remoteWorkers.broker(),
                threads != null ? threads : partitionListener.getActiveConsumerCount(),
                server == null ? "" : "; metrics at http://0.0.0.0:" + server.port() + "/metrics");
        try {
            while (partitionListener.isRunning()) {
                Thread.sleep(500);
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
        log.info("worker: stopped after {} partitions ({} failed)", partitionWorker.done(), partitionWorker.failed());
        return ExitStatus.DONE;
    }

    private void registerMetrics() {
        String worker = runLock.processName();
        Gauge.builder("claimscreen.worker.partitions.running", partitionWorker, PartitionWorker::running)
                .description("Partitions this worker screens now").tag("worker", worker).register(registry);
        FunctionCounter.builder("claimscreen.worker.partitions.done", partitionWorker, PartitionWorker::done)
                .description("Partitions this worker recorded").tag("worker", worker).register(registry);
        FunctionCounter.builder("claimscreen.worker.partitions.failed", partitionWorker, PartitionWorker::failed)
                .description("Partitions that failed on this worker").tag("worker", worker).register(registry);
        Gauge.builder("claimscreen.worker.partitions.queued", this, WorkerCommand::queued)
                .description("Partition requests waiting in the queue for a worker").tag("queue", remoteWorkers.queue())
                .register(registry);
    }

    private double queued() {
        try {
            Long waiting = rabbit.execute(channel -> channel.messageCount(remoteWorkers.queue()));
            return waiting == null ? Double.NaN : waiting;
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}

package org.claimscreen.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimscreen.config.RulePackException;
import org.claimscreen.config.RuleSetup;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.intake.InputDiscovery;
import org.claimscreen.intake.Sha256;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.RunRecord;
import org.claimscreen.persistence.PartitionStore;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.run.Inbox;
import org.claimscreen.run.Reproduction;
import org.claimscreen.run.RunIds;
import org.claimscreen.run.RunLock;
import org.claimscreen.run.ScreenJobParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** {@code runs}, {@code show RUN}, {@code restart RUN|--last} and {@code rerun RUN}. */
@Component
public class RunsCommand {

    /** What {@code runs} and {@code show} call a run whose process died mid-run (see {@link #abandoned}). */
    static final String ABANDONED = "ABANDONED";

    /** How {@code PartitionAttemptListener} names an attempt made by a worker process. */
    private static final String WORKER_PREFIX = "worker on ";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator jobOperator;
    private final Job screenClaimsJob;
    private final RunStore runs;
    private final RunIds runIds;
    private final RunReport report;
    private final RunLock runLock;
    private final Inbox inbox;

    private final PartitionStore partitions;

    public RunsCommand(JobOperator jobOperator, Job screenClaimsJob, RunStore runs, RunIds runIds, RunReport report,
            RunLock runLock, Inbox inbox, PartitionStore partitions) {
        this.partitions = partitions;
        this.runLock = runLock;
        this.jobOperator = jobOperator;
        this.screenClaimsJob = screenClaimsJob;
        this.runs = runs;
        this.runIds = runIds;
        this.report = report;
        this.inbox = inbox;
    }

    /** {@code runs}: the {@code limit} newest runs, newest first. */
    public int list(int limit, PrintStream out) {
        List<RunRecord> recent = runs.recent(limit);
        if (recent.isEmpty()) {
            out.println("no runs yet");
            return ExitStatus.DONE;
        }
        String format = "%-8s %-20s %-19s %-10s %8s %8s %8s %14s%n";
        out.printf(format, "RUN", "JOB", "STARTED", "STATUS", "CLAIMS", "HELD", "FINDINGS", "AT RISK");
        List<Long> abandoned = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RunRecord run : recent) {
            boolean died = abandoned(run);
            if (died) {
                abandoned.add(run.runId());
            }
            workersNote(partitions.attempts(run.runId())).ifPresent(note -> notes.add("run " + run.runId() + ": " + note));
            out.printf(format, run.runId(), run.jobName() + (run.trial() ? " (trial)" : ""),
                    WHEN.format(run.startedAt()), died ? ABANDONED : run.status(),
                    orDash(run.claimsRead()), orDash(run.claimsHeld()), orDash(run.findings()),
                    run.amountAtRiskCents() == null ? "-" : dollars(run.amountAtRiskCents()));
        }
        notes.forEach(out::println);
        for (long runId : abandoned) {
            out.printf("run %d: %s%n", runId, abandonedBecause(runId));
        }
        return ExitStatus.DONE;
    }

    /**
     * For a run screened by worker processes ({@code --workers}), one line for {@code runs}: "2
     * workers, 38 partitions (36 completed, 2 running)", each partition (bucket) counted by its
     * newest attempt. Nothing for a run screened by its own process: the list says nothing extra.
     */
    static Optional<String> workersNote(List<PartitionStore.Attempt> attempts) {
        long workers = attempts.stream().map(PartitionStore.Attempt::worker).filter(w -> w.startsWith(WORKER_PREFIX))
                .distinct().count();
        if (workers == 0) {
            return Optional.empty();
        }
        Map<Integer, PartitionStore.Attempt> newest = new LinkedHashMap<>();
        attempts.forEach(attempt -> newest.put(attempt.bucket(), attempt)); // in bucket and start order
        long completed = 0;
        long running = 0;
        long failed = 0;
        for (PartitionStore.Attempt attempt : newest.values()) {
            switch (attempt.status()) {
                case "COMPLETED" -> completed++;
                case "STARTING", "STARTED" -> running++;
                default -> failed++;
            }
        }
        List<String> states = new ArrayList<>();
        states.add(completed + " completed");
        if (running > 0) {
            states.add(running + " running");
        }
        if (failed > 0) {
            states.add(failed + " failed");
        }
        return Optional.of(workers + (workers == 1 ? " worker, " : " workers, ") + newest.size()
                + (newest.size() == 1 ? " partition (" : " partitions (") + String.join(", ", states) + ")");
    }

    /**
     * A run the job repository still says is running, whose process no longer says it is alive
     * (the run lock's heartbeat): it died (kill -9, a lost machine) and only a restart ends it.
     */
    private boolean abandoned(RunRecord run) {
        return "STARTED".equals(run.status()) && runLock.liveOwner(run.runId()).isEmpty();
    }

    private static String abandonedBecause(long runId) {
        return "its process died without ending it; claimscreen restart " + runId + " resumes it";
    }

    /** {@code show RUN}. */
    public int show(long runId, PrintStream out, PrintStream err) {
        RunRecord run = runs.run(runId).orElse(null);
        if (run == null) {
            return noSuchRun(runId, err);
        }
        boolean died = abandoned(run);
        out.printf("run %d: %s%s%n", run.runId(), died ? ABANDONED : run.status(),
                run.trial() ? " (trial: recorded no history)" : "");
        if (died) {
            out.printf("  abandoned %s%n", abandonedBecause(runId));
        }
        out.printf("  job       %s%n", run.jobName());
        if (run.rerun()) {
            out.printf("  rerun of  run %d: %s, %s%n", run.rerunOf(),
                    "CURRENT".equals(run.rerunHistory()) ? "today's history"
                            : "history as it stood when run " + run.rerunOf() + " ran",
                    "CURRENT".equals(run.rerunRules()) ? "today's rule pack" : "its rule pack");
            if (run.rerunNotes() != null) {
                for (String note : run.rerunNotes().split("; ")) {
                    out.printf("  note      %s%n", note);
                }
            }
        }
        out.printf("  started   %s%s%n", WHEN.format(run.startedAt()),
                run.finishedAt() == null ? "" : ", finished " + WHEN.format(run.finishedAt()));
        out.printf("  as of     %s%n", run.asOf());
        out.printf("  rule pack %s%n", run.rulePack());
        for (InputFileRecord input : runs.inputs(runId)) {
            out.printf("  input     %s %s%s%n", input.name(), input.status(),
                    input.problem() == null ? "" : ": " + input.problem());
        }
        if (run.claimsRead() == null) {
            out.println("  counts    none yet: the run has not completed");
        } else {
            out.printf("  claims    %d read: %d clean, %d held, %d rejected, %d not screened%n", run.claimsRead(),
                    run.claimsClean(), run.claimsHeld(), run.claimsRejected(), run.claimsNotScreened());
            out.printf("  findings  %d%n", run.findings());
            out.printf("  dollars   %s at risk, patient estimate %s%n", dollars(run.amountAtRiskCents()),
                    dollars(run.patientEstimateCents()));
        }
        showPartitions(runId, out);
        out.printf("  reports   %s%n", Path.of(run.outDir()));
        return ExitStatus.DONE;
    }

    /**
     * Where the run's partitions were screened: per worker (or the run's own process), how many
     * ended how and how long they took; partitions under way or failed one by one. An attempt
     * whose partition another worker then took over was given up (its worker died).
     */
    private void showPartitions(long runId, PrintStream out) {
        List<PartitionStore.Attempt> attempts = partitions.attempts(runId);
        if (attempts.isEmpty()) {
            return;
        }
        Map<Long, PartitionStore.Attempt> latest = new LinkedHashMap<>();
        attempts.forEach(attempt -> latest.put(attempt.stepExecutionId(), attempt)); // in start order
        Map<String, long[]> byWorker = new TreeMap<>(); // completed, running, failed, given up, millis
        for (PartitionStore.Attempt attempt : attempts) {
            long[] tally = byWorker.computeIfAbsent(attempt.worker(), w -> new long[5]);
            if (latest.get(attempt.stepExecutionId()) != attempt) {
                tally[3]++;
                continue;
            }
            switch (attempt.status()) {
                case "COMPLETED" -> tally[0]++;
                case "STARTING", "STARTED" -> tally[1]++;
                default -> tally[2]++;
            }
            if (attempt.endedAt() != null) {
                tally[4] += Duration.between(attempt.startedAt(), attempt.endedAt()).toMillis();
            }
        }
        out.printf("  partitions %d attempts by %d process(es)%n", attempts.size(), byWorker.size());
        byWorker.forEach((worker, t) -> out.printf("    %s: %d completed, %d running, %d failed%s, %.1f s%n", worker,
                t[0], t[1], t[2], t[3] == 0 ? "" : ", " + t[3] + " given up (taken over by another)", t[4] / 1000.0));
        for (PartitionStore.Attempt attempt : latest.values()) {
            if (!attempt.status().equals("COMPLETED")) {
                out.printf("    bucket %d %s on %s since %s%n", attempt.bucket(), attempt.status(), attempt.worker(),
                        WHEN.format(attempt.startedAt()));
            }
        }
    }

    /** {@code restart --last}: the newest run. */
    public int restartLast(PrintStream out, PrintStream err) throws Exception {
        Long runId = runIds.lastRun();
        if (runId == null) {
            err.println("claimscreen: nothing to restart: no runs yet");
            return ExitStatus.NOTHING_TO_DO;
        }
        return restart(runId, out, err);
    }

    /** {@code restart RUN}: resumes a failed or stopped run where it stopped. */
    public int restart(long runId, PrintStream out, PrintStream err) throws Exception {
        JobExecution execution = runIds.lastExecution(runId);
        if (execution == null) {
            return noSuchRun(runId, err);
        }
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            err.println("claimscreen: nothing to restart: run " + runId + " completed");
            return ExitStatus.NOTHING_TO_DO;
        }
        if (status == BatchStatus.ABANDONED) {
            err.println("claimscreen: run " + runId + " was abandoned and cannot be restarted; screen its inputs anew");
            return ExitStatus.USAGE;
        }
        Optional<RunLock.Holder> live = runLock.liveOwner(runId);
        if (live.isPresent()) {
            err.println("claimscreen: run " + runId + " is still running on host " + live.get().host() + " (pid "
                    + live.get().pid() + ", heard from " + live.get().silentFor().toSeconds() + " s ago): not restarted");
            return ExitStatus.USAGE;
        }
        if (status.isRunning()) {
            // Left STARTED by a process that died (its lock says so): the job repository still thinks it runs.
            execution = jobOperator.recover(execution);
            runs.finish(runId, BatchStatus.FAILED.name(), Instant.now());
            err.println("claimscreen: run " + runId + " was left " + status
                    + " by a process that no longer runs: marked it failed");
        }
        err.println("claimscreen: restarting run " + runId + " where it stopped");
        JobExecution restarted = jobOperator.restart(execution);
        int exit = report.ended(restarted, out, err);
        ScreenJobParameters.JobSettings job = ScreenJobParameters.from(restarted.getJobParameters()).jobSettings();
        if (restarted.getStatus() == BatchStatus.COMPLETED && job != null && job.movesInputs()) {
            // a job's run (claimscreen run JOB): its files leave the inbox now that it completed
            String jobName = ScreenJobParameters.from(restarted.getJobParameters()).jobName();
            RunCommand.printMoved(inbox.moveInputsOf(runId, job.archive(), job.failed(), jobName), job.archive(), job.failed(), out);
        }
        return exit;
    }

    /** {@code rerun RUN}: a completed run's inputs again, as a new run, with its history and rules. */
    public int rerun(long runId, PrintStream out, PrintStream err) throws Exception {
        return rerun(runId, false, false, out, err);
    }

    /**
     * {@code rerun RUN [--with-current-history] [--current-rules]}: a completed run's inputs again,
     * as a new run that sees the history as it stood when the run ran (or today's) and screens with
     * the rule pack the run recorded (or today's, when it differs and {@code currentRules}).
     */
    public int rerun(long runId, boolean currentHistory, boolean currentRules, PrintStream out, PrintStream err)
            throws Exception {
        JobExecution last = runIds.lastExecution(runId);
        if (last == null) {
            return noSuchRun(runId, err);
        }
        if (last.getStatus() != BatchStatus.COMPLETED) {
            err.println("claimscreen: run " + runId + " is " + last.getStatus()
                    + ", not completed: claimscreen restart " + runId + " finishes it");
            return ExitStatus.USAGE;
        }
        ScreenJobParameters was = ScreenJobParameters.from(last.getJobParameters());
        List<Path> inputs = was.inputs();
        if (inputs.stream().anyMatch(InputDiscovery::isPattern)) {
            // A job's inbox: it holds other files by now. The run's own files are where it left them.
            inputs = filesOf(runId, was.jobSettings(), err);
            if (inputs == null) {
                return ExitStatus.USAGE;
            }
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("claimscreen: cannot rerun run " + runId + ": its input " + input + " is gone");
                return ExitStatus.USAGE;
            }
        }
        Reproduction.Outcome reproduction = reproduction(runId, was, currentRules);
        if (reproduction.refusal() != null) {
            err.println("claimscreen: " + reproduction.refusal());
            return ExitStatus.USAGE;
        }
        reproduction.notes().forEach(note -> err.println("claimscreen: rerun of run " + runId + ": " + note));
        // a rerun moves nothing: its files are in the archive already, or were never in an inbox
        ScreenJobParameters.JobSettings job = was.jobSettings() == null ? null
                : new ScreenJobParameters.JobSettings(was.jobSettings().definition(), null, null,
                        was.jobSettings().split());
        ScreenJobParameters again = new ScreenJobParameters(was.jobName(), inputs, was.asOf(), was.outDir(),
                was.plans(), was.providers(), true, LocalDateTime.now(), was.rulePack(), was.ruleOverrides(),
                was.mapping(), job).withOutputs(was.outputs()).withDocumentation(was.documentation())
                .withRerun(new ScreenJobParameters.Rerun(runId, currentHistory, currentRules,
                        reproduction.notesText()));
        JobExecution execution = jobOperator.start(screenClaimsJob, again.toJobParameters());
        err.println("claimscreen: run " + runIds.of(execution) + " screened the inputs of run " + runId + " again ("
                + (currentHistory ? "today's history" : "history as it stood when run " + runId + " ran") + ", "
                + (currentRules ? "today's rule pack" : "its rule pack") + ")");
        return report.ended(execution, out, err);
    }

    /** Whether run {@code runId}'s rule pack and reference data are what it recorded (see {@link Reproduction}). */
    private Reproduction.Outcome reproduction(long runId, ScreenJobParameters was, boolean currentRules) {
        RunRecord record = runs.run(runId).orElseThrow();
        String packSha = Reproduction.rulePackSha256(was.rulePack());
        String label = record.rulePack();
        if (packSha != null) {
            try {
                label = RuleSetup.load(was.rulePack(), null).pack().label();
            } catch (RulePackException unusable) {
                return new Reproduction.Outcome("cannot rerun run " + runId + ": " + unusable.getMessage(), List.of());
            }
        }
        Reproduction.Setup recorded = new Reproduction.Setup(record.rulePack(), was.rulePack(),
                record.rulePackSha256(), was.plans(), record.plansSha256(), was.providers(), record.providersSha256(),
                was.documentation(), record.documentationSha256());
        Reproduction.Setup now = new Reproduction.Setup(label, was.rulePack(), packSha, was.plans(),
                Reproduction.sha256(was.plans()), was.providers(), Reproduction.sha256(was.providers()),
                was.documentation(), Reproduction.sha256(was.documentation()));
        return Reproduction.compare(runId, recorded, now, currentRules);
    }

    /**
     * The files a job's run read, where they are now: still in the inbox (a {@code screen --job}
     * run), or in its archive as {@code <run-id>-<name>}. Null (said on {@code err}) when one is gone.
     */
    private List<Path> filesOf(long runId, ScreenJobParameters.JobSettings job, PrintStream err) throws Exception {
        List<Path> files = new ArrayList<>();
        for (InputFileRecord input : runs.inputs(runId)) {
            if (!input.ok()) {
                continue; // skipped or unreadable: not part of what the run screened
            }
            Path where = Path.of(input.path());
            Path archived = job == null || job.archive() == null ? null
                    : job.archive().resolve(runId + "-" + input.name());
            if (Files.isRegularFile(where) && Sha256.of(where).equals(input.sha256())) {
                files.add(where);
            } else if (archived != null && Files.isRegularFile(archived)
                    && Sha256.of(archived).equals(input.sha256())) {
                files.add(archived);
            } else {
                err.println("claimscreen: cannot rerun run " + runId + ": its input " + input.name()
                        + " is neither in " + where.getParent() + (archived == null ? "" : " nor at " + archived)
                        + " as it was");
                return null;
            }
        }
        return files;
    }

    /**
     * Refuses an id that names no run, in one line. A restart runs as a new execution of its run,
     * whose id the run ids skip: such an id is said to be that run's.
     */
    private int noSuchRun(long id, PrintStream err) {
        Long restarted = runIds.runOfRestart(id);
        err.println("claimscreen: no run " + id + (restarted == null ? " (claimscreen runs lists them)"
                : ": " + id + " numbers a restart of run " + restarted + ", which carries on as run " + restarted));
        return ExitStatus.USAGE;
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }

    private static String dollars(long cents) {
        return String.format("$%,.2f", Money.ofCents(cents).toBigDecimal());
    }
}

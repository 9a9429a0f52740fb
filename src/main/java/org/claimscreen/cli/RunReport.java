package org.claimscreen.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.ReportQueries;
import org.claimscreen.persistence.RunCounts;
import org.claimscreen.persistence.RunRecord;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.run.RootCause;
import org.claimscreen.run.RunIds;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The result block a run prints when its execution ends, and the exit status that goes with it:
 * the same for {@code screen}, {@code restart} and {@code rerun}.
 */
@Component
public class RunReport {

    private final RunStore runs;
    private final ReportQueries queries;
    private final RunIds runIds;

    public RunReport(RunStore runs, ReportQueries queries, RunIds runIds) {
        this.runs = runs;
        this.queries = queries;
        this.runIds = runIds;
    }

    /**
     * Says how the execution ended and returns the exit status: 0 completed, 1 failed, 3 when
     * every input was left out (screened already, or being screened by another run now).
     */
    public int ended(JobExecution execution, PrintStream out, PrintStream err) {
        long runId = runIds.of(execution);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.println("claimscreen: run " + runId + " stopped as asked (claimscreen restart " + runId
                    + " resumes it)");
            return ExitStatus.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("claimscreen: run " + runId + " failed: " + failureOf(execution)
                    + " (claimscreen restart " + runId + " resumes it)");
            return ExitStatus.FAILED;
        }
        List<InputFileRecord> inputs = runs.inputs(runId);
        if (!inputs.isEmpty() && inputs.stream().allMatch(input -> InputFileRecord.SKIPPED.equals(input.status()))) {
            err.println("claimscreen: nothing to do: run " + runId + " found every input left out: " + String.join("; ",
                    inputs.stream().map(input -> input.name() + " " + input.problem()).toList()));
            return ExitStatus.NOTHING_TO_DO;
        }
        report(runId, out);
        if (inputs.stream().noneMatch(InputFileRecord::ok)
                && inputs.stream().anyMatch(input -> InputFileRecord.FAILED.equals(input.status()))) {
            // Nothing could be read at all: a scheduler must not take that for a quiet night.
            err.println("claimscreen: run " + runId + ": no input could be read (see rejects.csv)");
            return ExitStatus.FAILED;
        }
        return ExitStatus.DONE;
    }

    /** The completed run's counts and where its reports are. */
    void report(long runId, PrintStream out) {
        RunRecord run = runs.run(runId).orElseThrow();
        RunCounts counts = queries.counts(runId);
        Map<String, Long> bySeverity = queries.findingsBySeverity(runId);
        long screenedFiles = runs.inputs(runId).stream().filter(InputFileRecord::ok).count();
        out.printf("claimscreen: run %d screened %d file(s), %d lines, as of %s%n", runId, screenedFiles,
                counts.linesRead(), run.asOf());
        out.printf("  claims    %d read: %d clean, %d held, %d rejected, %d not screened%n", counts.claimsRead(),
                counts.claimsClean(), counts.claimsHeld(), counts.claimsRejected(), counts.claimsNotScreened());
        out.printf("  findings  %d (DENY %d, REVIEW %d, INFO %d) on %d flagged lines%n", counts.findings(),
                bySeverity.get("DENY"), bySeverity.get("REVIEW"), bySeverity.get("INFO"), counts.linesFlagged());
        out.printf("  dollars   $%,.2f at risk, patient estimate $%,.2f%n",
                Money.ofCents(counts.amountAtRiskCents()).toBigDecimal(),
                Money.ofCents(counts.patientEstimateCents()).toBigDecimal());
        runs.inputs(runId).stream().filter(input -> !input.ok())
                .forEach(input -> out.printf("  %s %s: %s%n", input.status().toLowerCase(), input.name(), input.problem()));
        if (counts.rejects() > 0) {
            out.printf("  rejects   %d (see rejects.csv)%n", counts.rejects());
        }
        out.printf("  reports   %s%n", Path.of(run.outDir()));
    }

    static String failureOf(JobExecution execution) {
        // a partition's own failure says more than its partitioned step's "unsuccessful step"
        for (org.springframework.batch.core.step.StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":") && !step.getFailureExceptions().isEmpty()) {
                return RootCause.message(step.getFailureExceptions().get(0));
            }
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return execution.getExitStatus().getExitDescription();
        }
        return RootCause.message(failures.get(0));
    }
}

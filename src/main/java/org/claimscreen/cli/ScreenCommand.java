package org.claimscreen.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimscreen.batch.ScreenJobParameters;
import org.claimscreen.claim.Money;
import org.claimscreen.ingest.InputDiscovery;
import org.claimscreen.ingest.Sha256;
import org.claimscreen.ingest.csv.ReferenceDataCsv;
import org.claimscreen.ingest.csv.ReferenceDataException;
import org.claimscreen.rules.pack.RulePackException;
import org.claimscreen.rules.pack.RuleSetup;
import org.claimscreen.store.InputFileRecord;
import org.claimscreen.store.ReportQueries;
import org.claimscreen.store.RunCounts;
import org.claimscreen.store.RunRecord;
import org.claimscreen.store.RunStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** {@code claimscreen screen}: one run over the given files and folders, now. */
@Component
public class ScreenCommand {

    private final JobOperator jobOperator;
    private final Job screenClaimsJob;
    private final RunStore runs;
    private final ReportQueries queries;

    public ScreenCommand(JobOperator jobOperator, Job screenClaimsJob, RunStore runs, ReportQueries queries) {
        this.jobOperator = jobOperator;
        this.screenClaimsJob = screenClaimsJob;
        this.runs = runs;
        this.queries = queries;
    }

    /** Runs the screen and says what happened on {@code out} (results) and {@code err} (problems). */
    public int run(ScreenOptions options, PrintStream out, PrintStream err) throws Exception {
        InputDiscovery.Discovered discovered;
        try {
            discovered = InputDiscovery.discover(options.inputs());
        } catch (InputDiscovery.InputProblem problem) {
            err.println("claimscreen: " + problem.getMessage());
            return ExitStatus.USAGE;
        }
        if (discovered.claimFiles().isEmpty()) {
            err.println("claimscreen: no claim files in " + joined(options.inputs()));
            discovered.notes().forEach(note -> err.println("  " + note));
            return ExitStatus.USAGE;
        }
        Path referenceFolder = InputDiscovery.referenceFolder(options.inputs());
        Path plans = options.plans() != null ? options.plans() : besideInputs(referenceFolder, "plans.csv");
        Path providers = options.providers() != null ? options.providers() : besideInputs(referenceFolder, "providers.csv");
        try {
            ReferenceDataCsv.load(plans, providers);
        } catch (ReferenceDataException bad) {
            err.println("claimscreen: " + bad.getMessage());
            return ExitStatus.USAGE;
        }
        try {
            // the job loads them again from the paths; this refuses a bad file before a run exists
            RuleSetup.load(options.rulePack(), options.ruleOverrides());
        } catch (RulePackException bad) {
            err.println("claimscreen: " + bad.getMessage());
            return ExitStatus.USAGE;
        }
        if (!options.force()) {
            List<String> screenedBefore = alreadyScreened(discovered.claimFiles());
            if (screenedBefore.size() == discovered.claimFiles().size()) {
                err.println("claimscreen: nothing to do: " + String.join("; ", screenedBefore)
                        + " (use --force to screen again)");
                return ExitStatus.NOTHING_TO_DO;
            }
        }

        ScreenJobParameters parameters = new ScreenJobParameters("screen", options.inputs(), options.asOf(),
                options.outDir(), plans, providers, options.force(), LocalDateTime.now(), options.rulePack(),
                options.ruleOverrides());
        JobExecution execution = jobOperator.start(screenClaimsJob, parameters.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("claimscreen: run " + execution.getId() + " failed: " + failureOf(execution));
            return ExitStatus.FAILED;
        }
        report(execution.getId(), out);
        if (runs.inputs(execution.getId()).stream().noneMatch(input -> input.ok())
                && runs.inputs(execution.getId()).stream().anyMatch(input -> InputFileRecord.FAILED.equals(input.status()))) {
            // Nothing could be read at all: a scheduler must not take that for a quiet night.
            err.println("claimscreen: run " + execution.getId() + ": no input could be read (see rejects.csv)");
            return ExitStatus.FAILED;
        }
        return ExitStatus.DONE;
    }

    private List<String> alreadyScreened(List<Path> files) throws IOException {
        List<String> screened = new ArrayList<>();
        for (Path file : files) {
            Optional<Long> run = runs.completedRunThatScreened(Sha256.of(file));
            run.ifPresent(id -> screened.add(file.getFileName() + " was already screened by run " + id));
        }
        return screened;
    }

    private void report(long runId, PrintStream out) {
        RunRecord run = runs.run(runId).orElseThrow();
        RunCounts counts = queries.counts(runId);
        Map<String, Long> bySeverity = queries.findingsBySeverity(runId);
        long screenedFiles = runs.inputs(runId).stream().filter(input -> input.ok()).count();
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

    private static String failureOf(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return execution.getExitStatus().getExitDescription();
        }
        Throwable root = failures.get(0);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static Path besideInputs(Path folder, String name) {
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? file : null;
    }

    private static String joined(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }
}

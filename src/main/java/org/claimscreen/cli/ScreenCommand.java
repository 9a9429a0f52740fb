package org.claimscreen.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimscreen.config.ColumnMappingException;
import org.claimscreen.config.ColumnMappingFile;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.config.RulePackException;
import org.claimscreen.config.RuleSetup;
import org.claimscreen.intake.InputDiscovery;
import org.claimscreen.intake.Sha256;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.intake.csv.ReferenceDataCsv;
import org.claimscreen.intake.csv.ReferenceDataException;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.run.RemoteWorkers;
import org.claimscreen.run.RunLock;
import org.claimscreen.run.ScreenJobParameters;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** {@code claimscreen screen}: one run over the given files and folders, now. */
@Component
public class ScreenCommand {

    private final JobOperator jobOperator;
    private final Job screenClaimsJob;
    private final RunStore runs;
    private final RunReport report;
    private final RunLock runLock;
    private final RemoteWorkers remoteWorkers;

    public ScreenCommand(JobOperator jobOperator, Job screenClaimsJob, RunStore runs, RunReport report, RunLock runLock,
            RemoteWorkers remoteWorkers) {
        this.remoteWorkers = remoteWorkers;
        this.runLock = runLock;
        this.jobOperator = jobOperator;
        this.screenClaimsJob = screenClaimsJob;
        this.runs = runs;
        this.report = report;
    }

    /** Runs the screen and says what happened on {@code out} (results) and {@code err} (problems). */
    public int run(ScreenOptions options, PrintStream out, PrintStream err) throws Exception {
        return screen(options, false, out, err).exit();
    }

    /**
     * How a screen ended: its exit status, and its execution when a run started.
     *
     * @param execution null when the screen was refused or had nothing to do
     */
    public record Outcome(int exit, JobExecution execution) {
    }

    /**
     * Screens as {@code options} say. {@code movesInputs}: the run is a job's ({@code run JOB}) and
     * its inputs move out of the inbox once it completed (the caller moves them).
     */
    public Outcome screen(ScreenOptions options, boolean movesInputs, PrintStream out, PrintStream err)
            throws Exception {
        ColumnMapping mapping = ColumnMapping.NONE;
        if (options.mapping() != null) {
            try {
                // the job loads it again from the path; this refuses a bad file before a run exists
                mapping = ColumnMappingFile.load(options.mapping());
            } catch (ColumnMappingException bad) {
                err.println("claimscreen: " + bad.getMessage());
                return new Outcome(ExitStatus.USAGE, null);
            }
        }
        InputDiscovery.Discovered discovered;
        try {
            discovered = InputDiscovery.discover(options.inputs(), mapping);
        } catch (InputDiscovery.InputProblem problem) {
            err.println("claimscreen: " + problem.getMessage());
            return new Outcome(ExitStatus.USAGE, null);
        }
        if (discovered.claimFiles().isEmpty()) {
            err.println("claimscreen: no claim files in " + joined(options.inputs()));
            discovered.notes().forEach(note -> err.println("  " + note));
            return new Outcome(ExitStatus.USAGE, null);
        }
        Path referenceFolder = InputDiscovery.referenceFolder(options.inputs());
        List<String> fromAbove = new ArrayList<>();
        Path plans = options.plans() != null ? options.plans() : besideInputs(referenceFolder, "plans.csv", fromAbove);
        Path providers = options.providers() != null ? options.providers()
                : besideInputs(referenceFolder, "providers.csv", fromAbove);
        Path documentation = options.documentation() != null ? options.documentation()
                : besideInputs(referenceFolder, "documentation.csv", fromAbove);
        if (!fromAbove.isEmpty()) {
            // said, so that a file one folder up is never taken unnoticed
            err.println("claimscreen: reference data " + String.join(", ", fromAbove) + " from "
                    + referenceFolder.getParent() + " (none beside the inputs)");
        }
        try {
            ReferenceDataCsv.load(plans, providers);
            ReferenceDataCsv.documentation(documentation);
        } catch (ReferenceDataException bad) {
            err.println("claimscreen: " + bad.getMessage());
            return new Outcome(ExitStatus.USAGE, null);
        }
        if (mapping.needsRoster() && providers == null) {
            err.println("claimscreen: " + options.mapping() + " takes the rendering taxonomy from the provider roster,"
                    + " but there is none: put providers.csv beside the inputs or give --providers FILE");
            return new Outcome(ExitStatus.USAGE, null);
        }
        try {
            // the job loads them again from the paths; this refuses a bad file before a run exists
            RuleSetup.load(options.rulePack(), options.ruleOverrides());
        } catch (RulePackException bad) {
            err.println("claimscreen: " + bad.getMessage());
            return new Outcome(ExitStatus.USAGE, null);
        }
        List<String> unavailable = unavailable(discovered.claimFiles(), options.force());
        if (unavailable.size() == discovered.claimFiles().size()) {
            err.println("claimscreen: nothing to do: " + String.join("; ", unavailable)
                    + (options.force() ? "" : " (use --force to screen again)"));
            return new Outcome(ExitStatus.NOTHING_TO_DO, null);
        }

        JobDefinition job = options.job();
        ScreenJobParameters parameters = new ScreenJobParameters(job == null ? "screen" : job.name(), options.inputs(),
                options.asOf(), options.outDir(), plans, providers, options.force(), LocalDateTime.now(),
                options.rulePack(), options.ruleOverrides(), options.mapping(),
                job == null ? null : settings(job, movesInputs)).withOutputs(options.outputsToWrite())
                .withTrial(options.noHistory()).withDocumentation(documentation);
        JobParameters jobParameters = parameters.toJobParameters();
        if (options.workers()) {
            Optional<String> whyNot = remoteWorkers.whyNot();
            if (whyNot.isPresent()) {
                err.println("claimscreen: --workers: " + whyNot.get() + "; nothing was started");
                return new Outcome(ExitStatus.USAGE, null);
            }
            jobParameters = ScreenJobParameters.withWorkers(jobParameters);
        }
        JobExecution execution = jobOperator.start(screenClaimsJob, jobParameters);
        return new Outcome(report.ended(execution, out, err), execution);
    }

    /** What a run of {@code job} carries besides the usual parameters; its files move only for run JOB. */
    private static ScreenJobParameters.JobSettings settings(JobDefinition job, boolean movesInputs) {
        return new ScreenJobParameters.JobSettings(job.file(), movesInputs ? job.archive() : null,
                movesInputs ? job.failed() : null, job.split());
    }

    /**
     * Files this run would leave out: screened by a completed run (unless forced), or being
     * screened by another live run right now. The run decides again under the lock; this only
     * spares starting a run with nothing to do.
     */
    private List<String> unavailable(List<Path> files, boolean force) throws IOException {
        List<String> unavailable = new ArrayList<>();
        for (Path file : files) {
            String sha256 = Sha256.of(file);
            Optional<Long> run = force ? Optional.empty() : runs.completedRunThatScreened(sha256);
            if (run.isPresent()) {
                unavailable.add(file.getFileName() + " was already screened by run " + run.get());
                continue;
            }
            runLock.inputHeldBy(sha256).ifPresent(holder -> unavailable.add(file.getFileName()
                    + " is being screened by " + holder.describe() + " now"));
        }
        return unavailable;
    }

    /**
     * The reference file beside the inputs, else one folder up (its name then added to
     * {@code fromAbove}): a night kept as one folder per format ({@code sample-data/x12/},
     * {@code inbox/fhir/}) shares one set of reference files.
     */
    private static Path besideInputs(Path folder, String name, List<String> fromAbove) {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path parent = folder.getParent();
        if (parent != null && Files.isRegularFile(parent.resolve(name))) {
            fromAbove.add(name);
            return parent.resolve(name);
        }
        return null;
    }

    private static String joined(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }
}

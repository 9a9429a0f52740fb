package org.claimscreen.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.intake.InputDiscovery;
import org.claimscreen.persistence.RunRecord;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.run.Inbox;
import org.claimscreen.run.RunIds;
import org.claimscreen.run.metrics.RunMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * {@code claimscreen run JOB}: one run of a job definition over the files waiting in its inbox,
 * then, once the run completed, those files out of the inbox (see {@link Inbox}). What the run
 * screens with comes from the definition, as {@code screen --job} takes it.
 */
@Component
public class RunCommand {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final ScreenCommand screen;
    private final Inbox inbox;
    private final RunStore runs;
    private final RunIds runIds;
    private final RunMetrics metrics;

    public RunCommand(ScreenCommand screen, Inbox inbox, RunStore runs, RunIds runIds, RunMetrics metrics) {
        this.screen = screen;
        this.inbox = inbox;
        this.runs = runs;
        this.runIds = runIds;
        this.metrics = metrics;
    }

    public int run(RunOptions options, PrintStream out, PrintStream err) throws Exception {
        JobDefinition job = options.job();
        List<Path> waiting;
        try {
            waiting = Inbox.waiting(job);
        } catch (InputDiscovery.InputProblem problem) {
            // the inbox went away since the definition was read (an unmounted share)
            err.println("claimscreen: job " + job.name() + ": " + problem.getMessage());
            metrics.notRun(job.name(), RunMetrics.REFUSED);
            return ExitStatus.USAGE;
        }
        List<Path> toScreen = inbox.archiveScreenedBefore(job, waiting);
        if (toScreen.isEmpty()) {
            String why = waiting.isEmpty()
                    ? "no files in " + job.inputDir() + " match " + String.join(", ", job.include())
                    : "the files in " + job.inputDir() + " were all screened before (archived them)";
            // said once, on the command's own line (a log line beside it printed it twice in schedule's output)
            err.println("claimscreen: job " + job.name() + ": nothing to do: " + why);
            metrics.notRun(job.name(), RunMetrics.NOTHING_TO_DO);
            return ExitStatus.NOTHING_TO_DO;
        }

        LocalDate asOf = options.asOf() != null ? options.asOf() : LocalDate.now(job.zone());
        log.info("job {}: run starting: {} file(s) in {}, as of {}", job.name(), toScreen.size(), job.inputDir(), asOf);
        ScreenOptions screenOptions = new ScreenOptions(job.inboxPatterns(), job.outDir(), asOf, job.plans(),
                job.providers(), false, job.rulePack(), job.ruleOverridesFile(), job.mapping(), job);
        ScreenCommand.Outcome outcome = screen.screen(screenOptions, true, out, err);
        JobExecution execution = outcome.execution();
        if (execution == null) {
            metrics.notRun(job.name(), outcome.exit() == ExitStatus.NOTHING_TO_DO ? RunMetrics.NOTHING_TO_DO
                    : RunMetrics.REFUSED);
            return outcome.exit();
        }
        long runId = runIds.of(execution);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            log.warn("job {}: run {} ended {}: its files stay in {} (claimscreen restart {} resumes it)", job.name(),
                    runId, execution.getStatus(), job.inputDir(), runId);
            return outcome.exit();
        }
        Inbox.Moved moved = inbox.moveInputsOf(runId, job.archive(), job.failed(), job.name());
        report(job, runId, moved, out);
        return outcome.exit();
    }

    /** Says where a run's files went, below its result block. */
    static void printMoved(Inbox.Moved moved, Path archive, Path failed, PrintStream out) {
        if (moved.archived() > 0) {
            out.printf("  archived  %d file(s) to %s%n", moved.archived(), archive);
        }
        if (moved.failed() > 0) {
            out.printf("  failed    %d file(s) moved to %s (each with a .why.txt note)%n", moved.failed(), failed);
        }
        if (moved.left() > 0) {
            out.printf("  left      %d file(s) in the inbox: gone or changed since the run read them%n", moved.left());
        }
    }

    /** Where the files went, and the run's end in the log with its counts (never a claim's content). */
    private void report(JobDefinition job, long runId, Inbox.Moved moved, PrintStream out) {
        printMoved(moved, job.archive(), job.failed(), out);
        RunRecord run = runs.run(runId).orElseThrow();
        log.info("job {}: run {} {}: {} claims read, {} clean, {} held, {} rejected, {} findings;"
                + " {} file(s) archived, {} failed", job.name(), runId, run.status(), run.claimsRead(),
                run.claimsClean(), run.claimsHeld(), run.claimsRejected(), run.findings(), moved.archived(),
                moved.failed());
    }
}

package org.claimscreen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.config.JobDefinitionException;
import org.claimscreen.config.JobDefinitionFile;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen schedule [JOB...]}: reads the job definitions, then {@link ScheduleCommand} stays up and runs them. */
@Command(name = "schedule",
        header = "Stays up and runs jobs at their scheduled times.",
        description = {
            "Stays up and runs each job at the times its 'schedule' (a 6-field cron expression, in its",
            "'zone') says, as 'claimscreen run JOB' would. A job runs one run at a time (a time that comes",
            "while it still runs is skipped); a run that fails is logged and the job runs again at its next",
            "time. Each definition is read again before each run, so a fix applies at the next run; a changed",
            "schedule needs a restart.",
            "",
            "SIGTERM (or Ctrl-C) asks running runs to stop at their next chunk, so they end STOPPED and",
            "'claimscreen restart RUN' resumes them, then exits."},
        exitCodeList = {
            "0:stopped by SIGTERM or SIGINT, once the runs under way stopped",
            "1:could not start (the database cannot be opened)",
            "2:used wrongly, a job definition cannot be used, or the metrics port cannot be served"},
        footer = {"Example:", "  claimscreen schedule --metrics-port 9464"})
final class ScheduleCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Parameters(paramLabel = "JOB", arity = "0..*",
            description = "a job definition file, or the name of one in jobs/ (default: every job there"
                    + " that has a schedule)")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--metrics-port", paramLabel = "N", converter = Converters.Port.class,
            description = "serve Prometheus metrics at http://HOST:N/metrics (runs by job and outcome, claims,"
                    + " findings by rule, run durations, lines read)")
    Integer metricsPort;

    @Mixin
    HelpOption help;

    private ScheduleOptions options;
    private ScheduleCommand schedule;

    @Override
    public Integer call() {
        try {
            options = new ScheduleOptions(scheduled(), metricsPort);
        } catch (JobDefinitionException e) {
            return claimscreen.refuse(e.getMessage());
        }
        return claimscreen.launch(this);
    }

    /** The jobs named, each with a schedule; without a name, every job in jobs/ that has one. */
    private List<JobDefinition> scheduled() {
        List<JobDefinition> scheduled = new ArrayList<>();
        if (jobs.isEmpty()) {
            scheduled.addAll(JobDefinitionFile.scheduled(JobDefinitionFile.JOBS_FOLDER));
            if (scheduled.isEmpty()) {
                throw new JobDefinitionException("no job in " + JobDefinitionFile.JOBS_FOLDER
                        + "/ has a schedule (give one a 'schedule', or run jobs with 'claimscreen run JOB')");
            }
        } else {
            for (String name : jobs) {
                JobDefinition job = JobDefinitionFile.load(JobDefinitionFile.find(name));
                if (job.schedule() == null) {
                    throw new JobDefinitionException(job.file() + ": job " + job.name()
                            + " has no schedule (add one, or run it with 'claimscreen run " + name + "')");
                }
                scheduled.add(job);
            }
        }
        JobDefinitionFile.requireDistinctNames(scheduled);
        return scheduled;
    }


    @Override
    public int run(ApplicationContext context) throws Exception {
        schedule = context.getBean(ScheduleCommand.class);
        return schedule.run(options, claimscreen.out(), claimscreen.err());
    }

    /** It closes the context itself, once its runs stopped, when SIGTERM comes. */
    @Override
    public boolean registersShutdownHook() {
        return false;
    }

    /** Its shutdown hook waits for this before the JVM may end. */
    @Override
    public void contextClosed() {
        if (schedule != null) {
            schedule.closed();
        }
    }
}

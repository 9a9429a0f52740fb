package org.claimscreen.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.claimscreen.config.JobDefinitionException;
import org.claimscreen.config.JobDefinitionFile;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen run JOB}: reads the job definition, then {@link RunCommand} runs it. */
@Command(name = "run",
        header = "Runs a job definition now (jobs/JOB.yaml, or a file).",
        description = {
            "Runs a job definition now, as one run named after the job: screens the files in its inbox",
            "(input.dir) that its include patterns take, then, once the run completed, moves each screened",
            "file to its archive folder as <run-id>-<name>, and each file that could not be read at all to",
            "its failed folder with a note <run-id>-<name>.why.txt. For cron, systemd timers and Kubernetes",
            "CronJobs.",
            "",
            "A file a completed run already screened (its process died before moving it) is archived under",
            "that run's id, not screened again. A job definition with a mistake is refused before anything",
            "runs, naming file, line and key."},
        exitCodeList = {
            "0:the run completed",
            "1:the run failed (its files stay in the inbox; claimscreen restart RUN resumes it)",
            "2:used wrongly, or the job definition cannot be used",
            "3:nothing to do (the inbox is empty)"},
        footer = {"Example:", "  claimscreen run nightly-screening"})
final class RunCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Parameters(paramLabel = "JOB", description = "a job definition file, or the name of one in jobs/")
    String job;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
            description = "the date to screen as of (default: today in the job's zone)")
    LocalDate asOf;

    @Mixin
    HelpOption help;

    private RunOptions options;

    @Override
    public Integer call() {
        try {
            options = new RunOptions(JobDefinitionFile.load(JobDefinitionFile.find(job)), asOf);
        } catch (JobDefinitionException e) {
            return claimscreen.refuse(e.getMessage());
        }
        return claimscreen.launch(this);
    }


    @Override
    public int run(ApplicationContext context) throws Exception {
        return context.getBean(RunCommand.class).run(options, claimscreen.out(), claimscreen.err());
    }
}

package org.claimscreen.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen runs [--last N]}. */
@Command(name = "runs",
        header = "Lists the newest runs (20 unless --last N): status and counts.",
        description = {
            "Lists the newest runs, newest first, one a line: run id, job, when it started, status, claims",
            "read, claims held, findings and dollars at risk (\"-\" until a run completed). Prints",
            "\"no runs yet\" when there are none."},
        exitCodeList = {
            "0:listed",
            "1:the database cannot be read",
            "2:used wrongly"})
final class RunsCli implements Callable<Integer>, ContextCommand {

    /** How many runs {@code runs} lists without --last. */
    static final int DEFAULT_RUNS = 20;

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Option(names = "--last", paramLabel = "N", converter = Converters.RunCount.class,
            defaultValue = "" + DEFAULT_RUNS, description = "list the N newest runs (default: ${DEFAULT-VALUE})")
    int last;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return claimscreen.launch(this);
    }

    @Override
    public int run(ApplicationContext context) {
        return context.getBean(RunsCommand.class).list(last, claimscreen.out());
    }
}

package org.claimscreen.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen restart RUN} and {@code claimscreen restart --last}. */
@Command(name = "restart",
        header = "Resumes a failed or killed run where it stopped.",
        description = {
            "Resumes a failed or stopped run where it stopped, under the same run id and with the same",
            "parameters; what it had already stored is kept, nothing is screened twice. A run a killed",
            "process left marked as started is first marked failed (it says so), then resumed. A run whose",
            "process still runs is not restarted."},
        exitCodeList = {
            "0:the run completed",
            "1:the run failed again",
            "2:used wrongly, no such run, or its process still runs",
            "3:nothing to restart: the run had completed (or there are no runs)"})
final class RestartCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** The run named, or the newest: one of them. */
    static final class Which {
        @Parameters(paramLabel = "RUN", converter = Converters.RunId.class,
                description = "a run id, as claimscreen runs lists them")
        Long run;

        @Option(names = "--last", description = "the newest run")
        boolean last;
    }

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return claimscreen.launch(this);
    }


    @Override
    public int run(ApplicationContext context) throws Exception {
        RunsCommand runs = context.getBean(RunsCommand.class);
        return which.last ? runs.restartLast(claimscreen.out(), claimscreen.err())
                : runs.restart(which.run, claimscreen.out(), claimscreen.err());
    }

    @Override
    public boolean screens() {
        return true;
    }
}

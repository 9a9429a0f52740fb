package org.claimscreen.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen rerun RUN}. */
@Command(name = "rerun",
        header = "Screens a completed run's inputs again as a new run.",
        description = {
            "Screens a completed run's inputs again as a new run, with the same parameters (as-of date,",
            "reference data, rule pack, output folder) as if with --force. Each input's history then counts",
            "the new run's screening, never both."},
        exitCodeList = {
            "0:the new run completed (findings or not)",
            "1:the new run failed (claimscreen restart RUN resumes it)",
            "2:used wrongly, no such run, the run had not completed, or one of its inputs is gone"})
final class RerunCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Parameters(paramLabel = "RUN", converter = Converters.RunId.class,
            description = "a completed run's id, as claimscreen runs lists them")
    long run;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return claimscreen.launch(this);
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        return context.getBean(RunsCommand.class).rerun(run, claimscreen.out(), claimscreen.err());
    }

    @Override
    public boolean screens() {
        return true;
    }
}

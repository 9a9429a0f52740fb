package org.claimscreen.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen show RUN}. */
@Command(name = "show",
        header = "Shows one run's summary and where its reports are.",
        description = {
            "One run's summary: status, as-of date, rule pack, each input with its status, the counts and",
            "the folder its reports are in."},
        exitCodeList = {
            "0:shown",
            "1:the database cannot be read",
            "2:used wrongly, or no such run"})
final class ShowCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Parameters(paramLabel = "RUN", converter = Converters.RunId.class,
            description = "a run id, as claimscreen runs lists them")
    long run;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return claimscreen.launch(this);
    }

    @Override
    public int run(ApplicationContext context) {
        return context.getBean(RunsCommand.class).show(run, claimscreen.out(), claimscreen.err());
    }
}

package org.claimscreen.cli;

import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen rerun RUN}. */
@Command(name = "rerun",
        header = "Screens a completed run's inputs again as a new run.",
        description = {
            "Screens a completed run's inputs again as a new run, with the same parameters (as-of date,",
            "reference data, rule pack, output folder) as if with --force. Each input's history then counts",
            "the new run's screening, never both.",
            "",
            "The rerun sees the history as it stood when the run ran (the runs completed before it started,",
            "never the run itself) and screens with the rule pack it recorded: a pack changed since is refused",
            "unless --current-rules. A plans or roster file changed since is read as it is now, and said so."},
        exitCodeList = {
            "0:the new run completed (findings or not)",
            "1:the new run failed (claimscreen restart RUN resumes it)",
            "2:used wrongly, no such run, the run had not completed, one of its inputs or reference files is gone,"
                    + " or its rule pack is no longer available (without --current-rules)"})
final class RerunCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Parameters(paramLabel = "RUN", converter = Converters.RunId.class,
            description = "a completed run's id, as claimscreen runs lists them")
    long run;

    @Option(names = "--with-current-history",
            description = "count today's history (every completed run but this one) instead of the history as it"
                    + " stood when the run ran")
    boolean currentHistory;

    @Option(names = "--current-rules",
            description = "screen with the rule pack as it is now when it differs from the one the run recorded")
    boolean currentRules;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return claimscreen.launch(this);
    }

    @Override
    public int run(ApplicationContext context) throws Exception {
        return context.getBean(RunsCommand.class).rerun(run, currentHistory, currentRules, claimscreen.out(),
                claimscreen.err());
    }

    @Override
    public boolean screens() {
        return true;
    }
}

package org.claimscreen.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimscreen completion}: picocli's bash completion script for every command and option. */
@Command(name = "completion",
        header = "Prints a bash (and zsh) completion script for claimscreen's commands and options.",
        description = {
            "Prints a script that completes claimscreen's commands, options and file names for the command",
            "'claimscreen' (put the launcher on the PATH, e.g. as a link). Load it into the current shell,",
            "or install it for every new one:",
            "  source <(claimscreen completion)",
            "  claimscreen completion > ~/.local/share/bash-completion/completions/claimscreen",
            "zsh takes the same script after 'autoload -U +X bashcompinit && bashcompinit'."},
        exitCodeList = "0:printed")
final class CompletionCli implements Callable<Integer> {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        claimscreen.out().print(AutoComplete.bash("claimscreen", spec.root().commandLine()));
        claimscreen.out().flush();
        return ExitStatus.DONE;
    }
}

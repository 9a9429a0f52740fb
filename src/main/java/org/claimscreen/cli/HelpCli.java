package org.claimscreen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimscreen help [COMMAND]}. Not picocli's HelpCommand: a command marked as a help
 * command has its parse errors swallowed, so {@code help --frobnicate} printed the main help and
 * exited 0 instead of being refused like every other command used wrongly.
 */
@Command(name = "help",
        header = "Prints a command's help: 'claimscreen help COMMAND' is 'claimscreen COMMAND --help'.",
        description = {"Prints the help of COMMAND, the same as 'claimscreen COMMAND --help';",
            "without COMMAND, the main help (claimscreen --help)."},
        exitCodeList = {"0:printed", "2:no such command, or used wrongly"})
final class HelpCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "the command whose help to print")
    String command;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        CommandLine claimscreen = spec.commandLine().getParent();
        if (command == null) {
            claimscreen.usage(claimscreen.getOut());
            return ExitStatus.DONE;
        }
        CommandLine asked = claimscreen.getSubcommands().get(command);
        if (asked == null) {
            // handled as a usage error of claimscreen itself: "unknown command 'x'", then its help
            throw new ParameterException(claimscreen, "Unknown subcommand '" + command + "'.", null, command);
        }
        asked.usage(asked.getOut());
        return ExitStatus.DONE;
    }
}

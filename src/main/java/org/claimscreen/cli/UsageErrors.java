package org.claimscreen.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command used wrongly: one line that names the problem, one that points to the help of the
 * command it was given to, and exit status 2. Never a stack trace, never the whole usage text.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        err.println("claimscreen: " + message(ex));
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return ExitStatus.USAGE;
    }

    /** The one line that says what is wrong, in claimscreen's words rather than picocli's. */
    static String message(ParameterException ex) {
        CommandSpec command = ex.getCommandLine().getCommandSpec();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(command, unmatched.getUnmatched().get(0), unmatched.getSuggestions());
        }
        List<String> unmatched = ex.getCommandLine().getUnmatchedArguments();
        if (ex instanceof MissingParameterException && !unmatched.isEmpty()) {
            // "rerun --last": the unknown option is the mistake, not the run id it then lacks
            return unmatched(command, unmatched.get(0), List.of());
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(command, missing.getMissing());
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            for (ArgGroupSpec group : command.argGroups()) {
                if (group.exclusive()) {
                    return command.name() + " takes " + labels(group.args()) + ", not both";
                }
            }
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec option && option.arity().max() == 0) {
            return option.longestName() + " takes no value";
        }
        if (ex.getCause() instanceof TypeConversionException refused && arg != null) {
            return arg instanceof OptionSpec option ? option.longestName() + ": " + refused.getMessage()
                    : refused.getMessage();
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        message = message.lines().findFirst().orElse(message).replaceFirst("^Error: ", "");
        // picocli's help subcommand: "Unknown subcommand 'x'."
        return message.startsWith("Unknown subcommand ")
                ? "unknown command " + message.substring("Unknown subcommand ".length()).replaceFirst("\\.$", "")
                : message;
    }

    private static String unmatched(CommandSpec command, String arg, List<String> suggestions) {
        String hint = suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)";
        boolean option = arg.startsWith("-") && arg.length() > 1;
        String name = option && arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (command.parent() == null) {
            if (option) {
                return "unknown option " + name + (hint.isEmpty() ? " (a command comes first, e.g. screen)" : hint);
            }
            return "unknown command '" + arg + "'" + hint;
        }
        if (option) {
            return "unknown option " + name + " for " + command.name() + hint;
        }
        List<PositionalParamSpec> positionals = command.positionalParameters();
        if (positionals.isEmpty()) {
            return command.name() + " takes no arguments, only options (got '" + arg + "')";
        }
        if (positionals.size() == 1 && positionals.get(0).arity().max() == 1) {
            return command.name() + " takes one " + positionals.get(0).paramLabel() + " (got '" + arg + "' too)";
        }
        return command.name() + ": unexpected argument '" + arg + "'";
    }

    private static String missing(CommandSpec command, List<ArgSpec> missing) {
        ArgSpec first = missing.get(0);
        if (first instanceof OptionSpec option && missing.size() == 1) {
            return option.longestName() + " needs a value";
        }
        String needs = command.name() + " needs " + labels(missing);
        String[] description = first.description();
        return missing.size() == 1 && description.length > 0 ? needs + ": " + description[0] : needs;
    }

    private static String labels(java.util.Collection<ArgSpec> args) {
        return args.stream().map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel())
                .collect(Collectors.joining(" or "));
    }
}

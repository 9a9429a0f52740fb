package org.claimscreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the command line without starting anything, so usage errors and --help answer at once
 * and never need the database.
 */
public final class CommandLine {

    /** Options jobs.md names that later versions bring; refused with a clear word, not "unknown". */
    private static final List<String> NOT_YET = List.of("--job");

    private static final List<String> RULES_VALUE_OPTIONS = List.of("--as-of", "--rule-pack", "--rule-overrides");

    private static final List<String> VALUE_OPTIONS = List.of("--out", "--as-of", "--plans", "--providers",
            "--rule-pack", "--rule-overrides", "--mapping");

    private CommandLine() {
    }

    /**
     * The parsed command: help text to print, a screen to run, the rules to list, or one of the
     * commands about runs (runs, show, restart, rerun); exactly one of them.
     */
    public record Invocation(String help, ScreenOptions screen, RulesOptions rules, RunsOptions runs) {
        static Invocation help(String text) {
            return new Invocation(text, null, null, null);
        }
    }

    /** How many runs {@code runs} lists without --last. */
    static final int DEFAULT_RUNS = 20;

    public static Invocation parse(String[] args, LocalDate today) throws UsageException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            return Invocation.help(Usage.MAIN);
        }
        String command = args[0];
        if (command.equals("rules")) {
            return parseRules(args, today);
        }
        switch (command) {
            case "runs" -> {
                return parseRuns(args);
            }
            case "show", "rerun" -> {
                return parseRunCommand(args, false);
            }
            case "restart" -> {
                return parseRunCommand(args, true);
            }
            default -> {
            }
        }
        if (!command.equals("screen")) {
            if (command.startsWith("-")) {
                throw new UsageException("unknown option " + command + " (a command comes first, e.g. screen)");
            }
            throw new UsageException("unknown command '" + command + "'");
        }
        return parseScreen(args, today);
    }

    private static Invocation parseScreen(String[] args, LocalDate today) throws UsageException {
        List<Path> inputs = new ArrayList<>();
        Path out = Path.of("var", "reports");
        LocalDate asOf = today;
        Path plans = null;
        Path providers = null;
        Path rulePack = null;
        Path ruleOverrides = null;
        Path mapping = null;
        boolean force = false;
        Arguments arguments = new Arguments(args);
        while (arguments.next()) {
            String arg = arguments.arg();
            String name = arguments.name();
            String value = arguments.valueIf(VALUE_OPTIONS.contains(name));
            switch (name) {
                case "--help", "-h" -> {
                    return Invocation.help(Usage.SCREEN);
                }
                case "--force" -> force = true;
                case "--out" -> out = Path.of(value);
                case "--as-of" -> asOf = date(value);
                case "--plans" -> plans = existingFile(value, name);
                case "--providers" -> providers = existingFile(value, name);
                case "--rule-pack" -> rulePack = existingFile(value, name);
                case "--rule-overrides" -> ruleOverrides = existingFile(value, name);
                case "--mapping" -> mapping = existingFile(value, name);
                default -> {
                    if (NOT_YET.contains(name)) {
                        throw new UsageException(name + " is not available in this version of claimscreen");
                    }
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option " + name + " for screen");
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("screen needs at least one claim file or folder");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UsageException("no such file or folder: " + input);
            }
            if (!Files.isReadable(input)) {
                throw new UsageException("cannot read " + input + " (permission denied)");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder");
        }
        return new Invocation(null, new ScreenOptions(List.copyOf(inputs), out, asOf, plans, providers, force, rulePack,
                ruleOverrides, mapping), null, null);
    }

    private static Invocation parseRules(String[] args, LocalDate today) throws UsageException {
        LocalDate asOf = today;
        Path rulePack = null;
        Path ruleOverrides = null;
        boolean markdown = false;
        Arguments arguments = new Arguments(args);
        while (arguments.next()) {
            String arg = arguments.arg();
            String name = arguments.name();
            String value = arguments.valueIf(RULES_VALUE_OPTIONS.contains(name));
            switch (name) {
                case "--help", "-h" -> {
                    return Invocation.help(Usage.RULES);
                }
                case "--as-of" -> asOf = date(value);
                case "--rule-pack" -> rulePack = existingFile(value, name);
                case "--rule-overrides" -> ruleOverrides = existingFile(value, name);
                case "--markdown" -> markdown = true;
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + name + " for rules"
                        : "rules takes no arguments, only options (got '" + arg + "')");
            }
        }
        return new Invocation(null, null, new RulesOptions(asOf, rulePack, ruleOverrides, markdown), null);
    }

    private static Invocation parseRuns(String[] args) throws UsageException {
        int limit = DEFAULT_RUNS;
        Arguments arguments = new Arguments(args);
        while (arguments.next()) {
            String arg = arguments.arg();
            String name = arguments.name();
            switch (name) {
                case "--help", "-h" -> {
                    return Invocation.help(Usage.RUNS);
                }
                case "--last" -> {
                    String value = arguments.valueIf(true);
                    try {
                        limit = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        limit = 0;
                    }
                    if (limit < 1) {
                        throw new UsageException("--last '" + value + "' is not a number of runs (1 or more)");
                    }
                }
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + name + " for runs"
                        : "runs takes no arguments, only options (got '" + arg + "')");
            }
        }
        return new Invocation(null, null, null, new RunsOptions("runs", null, false, limit));
    }

    /** show RUN, rerun RUN, restart RUN and restart --last. */
    private static Invocation parseRunCommand(String[] args, boolean lastAllowed) throws UsageException {
        String command = args[0];
        Long runId = null;
        boolean last = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return Invocation.help(switch (command) {
                    case "show" -> Usage.SHOW;
                    case "restart" -> Usage.RESTART;
                    default -> Usage.RERUN;
                });
            }
            if (lastAllowed && arg.equals("--last")) {
                last = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + optionName(arg) + " for " + command);
            } else if (runId != null) {
                throw new UsageException(command + " takes one run id (got '" + arg + "' too)");
            } else {
                try {
                    runId = Long.parseLong(arg);
                } catch (NumberFormatException e) {
                    throw new UsageException("'" + arg + "' is not a run id (a number, as 'claimscreen runs' lists)");
                }
            }
        }
        if (last && runId != null) {
            throw new UsageException(command + " takes a run id or --last, not both");
        }
        if (!last && runId == null) {
            throw new UsageException(command + " needs a run id" + (lastAllowed ? " or --last" : "")
                    + " (claimscreen runs lists them)");
        }
        return new Invocation(null, null, null, new RunsOptions(command, runId, last, 0));
    }

    /** Walks a command's arguments after the command word: options, and their values after '=' or as the next argument. */
    private static final class Arguments {

        private final String[] args;
        private int i;

        Arguments(String[] args) {
            this.args = args;
        }

        boolean next() {
            return ++i < args.length;
        }

        String arg() {
            return args[i];
        }

        String name() {
            return optionName(args[i]);
        }

        /**
         * The current option's value when it takes one (stepping over it when it is the next
         * argument), else null; refuses a value given with '=' to an option that takes none.
         */
        String valueIf(boolean takesValue) throws UsageException {
            String name = name();
            if (!takesValue) {
                if (!name.equals(args[i])) {
                    throw new UsageException(name + " takes no value");
                }
                return null;
            }
            String value = valueOf(args, i, name);
            if (name.equals(args[i])) {
                i++;
            }
            return value;
        }
    }

    private static String optionName(String arg) {
        return arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    }

    /** The value of option {@code name} at {@code args[i]}: after '=' or the next argument. */
    private static String valueOf(String[] args, int i, String name) throws UsageException {
        String arg = args[i];
        String value = null;
        if (!name.equals(arg)) {
            value = arg.substring(name.length() + 1);
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            value = args[i + 1];
        }
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " needs a value");
        }
        return value;
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Path existingFile(String text, String option) throws UsageException {
        Path file = Path.of(text);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(option + ": no such file: " + text);
        }
        if (!Files.isReadable(file)) {
            throw new UsageException(option + ": cannot read " + text + " (permission denied)");
        }
        return file;
    }
}

package org.claimscreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.ingest.InputDiscovery;
import org.claimscreen.jobs.JobDefinition;
import org.claimscreen.jobs.JobDefinitionException;
import org.claimscreen.jobs.JobDefinitionFile;

/**
 * Parses the command line without starting anything, so usage errors and --help answer at once
 * and never need the database.
 */
public final class CommandLine {

    private static final List<String> RULES_VALUE_OPTIONS = List.of("--as-of", "--rule-pack", "--rule-overrides");

    private static final List<String> VALUE_OPTIONS = List.of("--out", "--as-of", "--plans", "--providers",
            "--rule-pack", "--rule-overrides", "--mapping", "--job");

    private CommandLine() {
    }

    /**
     * The parsed command: help text to print, a screen to run, the rules to list, one of the
     * commands about runs (runs, show, restart, rerun), a job to run now, or jobs to schedule;
     * exactly one of them.
     */
    public record Invocation(String help, ScreenOptions screen, RulesOptions rules, RunsOptions runs, RunOptions run,
            ScheduleOptions schedule) {
        static Invocation help(String text) {
            return new Invocation(text, null, null, null, null, null);
        }

        static Invocation of(ScreenOptions screen) {
            return new Invocation(null, screen, null, null, null, null);
        }

        static Invocation of(RulesOptions rules) {
            return new Invocation(null, null, rules, null, null, null);
        }

        static Invocation of(RunsOptions runs) {
            return new Invocation(null, null, null, runs, null, null);
        }

        static Invocation of(RunOptions run) {
            return new Invocation(null, null, null, null, run, null);
        }

        static Invocation of(ScheduleOptions schedule) {
            return new Invocation(null, null, null, null, null, schedule);
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
            case "run" -> {
                return parseRun(args);
            }
            case "schedule" -> {
                return parseSchedule(args);
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
        Path out = null;
        LocalDate asOf = null;
        JobDefinition job = null;
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
                case "--job" -> job = job(value);
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option " + name + " for screen");
                    }
                    inputs.add(Path.of(arg));
                }
            }
        }
        if (job != null) {
            // everything not given on the command line comes from the job definition
            inputs = inputs.isEmpty() ? job.inboxPatterns() : inputs;
            out = out == null ? job.outDir() : out;
            asOf = asOf == null ? LocalDate.now(job.zone()) : asOf;
            plans = plans == null ? job.plans() : plans;
            providers = providers == null ? job.providers() : providers;
            rulePack = rulePack == null ? job.rulePack() : rulePack;
            ruleOverrides = ruleOverrides == null ? job.ruleOverridesFile() : ruleOverrides;
            mapping = mapping == null ? job.mapping() : mapping;
        }
        out = out == null ? Path.of("var", "reports") : out;
        asOf = asOf == null ? today : asOf;
        if (inputs.isEmpty()) {
            throw new UsageException("screen needs at least one claim file or folder");
        }
        for (Path input : inputs) {
            if (InputDiscovery.isPattern(input)) {
                continue; // a job's inbox patterns: its folder was checked with the job
            }
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
        return Invocation.of(new ScreenOptions(List.copyOf(inputs), out, asOf, plans, providers, force, rulePack,
                ruleOverrides, mapping, job));
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
        return Invocation.of(new RulesOptions(asOf, rulePack, ruleOverrides, markdown));
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
                case "--last" -> limit = wholeNumber(arguments.valueIf(true), 1, Integer.MAX_VALUE,
                        "--last '%s' is not a number of runs (1 or more)");
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + name + " for runs"
                        : "runs takes no arguments, only options (got '" + arg + "')");
            }
        }
        return Invocation.of(new RunsOptions("runs", null, false, limit));
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
        return Invocation.of(new RunsOptions(command, runId, last, 0));
    }

    /** run JOB [--as-of DATE]. */
    private static Invocation parseRun(String[] args) throws UsageException {
        String jobName = null;
        LocalDate asOf = null;
        Arguments arguments = new Arguments(args);
        while (arguments.next()) {
            String arg = arguments.arg();
            String name = arguments.name();
            switch (name) {
                case "--help", "-h" -> {
                    return Invocation.help(Usage.RUN);
                }
                case "--as-of" -> asOf = date(arguments.valueIf(true));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + name + " for run");
                    }
                    if (jobName != null) {
                        throw new UsageException("run takes one job (got '" + arg + "' too)");
                    }
                    jobName = arg;
                }
            }
        }
        if (jobName == null) {
            throw new UsageException("run needs a job: a job definition file or the name of one in jobs/");
        }
        return Invocation.of(new RunOptions(job(jobName), asOf));
    }

    /** schedule [JOB...] [--metrics-port N]. */
    private static Invocation parseSchedule(String[] args) throws UsageException {
        List<String> named = new ArrayList<>();
        Integer metricsPort = null;
        Arguments arguments = new Arguments(args);
        while (arguments.next()) {
            String arg = arguments.arg();
            String name = arguments.name();
            switch (name) {
                case "--help", "-h" -> {
                    return Invocation.help(Usage.SCHEDULE);
                }
                case "--metrics-port" -> metricsPort = wholeNumber(arguments.valueIf(true), 0, 65535,
                        "--metrics-port '%s' is not a port (0 to 65535)");
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + name + " for schedule");
                    }
                    named.add(arg);
                }
            }
        }
        List<JobDefinition> jobs = new ArrayList<>();
        try {
            if (named.isEmpty()) {
                jobs.addAll(JobDefinitionFile.scheduled(JobDefinitionFile.JOBS_FOLDER));
                if (jobs.isEmpty()) {
                    throw new BadJobException("no job in " + JobDefinitionFile.JOBS_FOLDER
                            + "/ has a schedule (give one a 'schedule', or run jobs with 'claimscreen run JOB')");
                }
            } else {
                for (String jobName : named) {
                    JobDefinition job = job(jobName);
                    if (job.schedule() == null) {
                        throw new BadJobException(job.file() + ": job " + job.name()
                                + " has no schedule (add one, or run it with 'claimscreen run " + jobName + "')");
                    }
                    jobs.add(job);
                }
            }
            JobDefinitionFile.requireDistinctNames(jobs);
        } catch (JobDefinitionException e) {
            throw new BadJobException(e.getMessage());
        }
        return Invocation.of(new ScheduleOptions(jobs, metricsPort));
    }

    /** The job a command names (a file, or a name in jobs/), validated. */
    private static JobDefinition job(String job) throws UsageException {
        try {
            return JobDefinitionFile.load(JobDefinitionFile.find(job));
        } catch (JobDefinitionException e) {
            throw new BadJobException(e.getMessage());
        }
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

    /** {@code text} as a whole number from {@code min} to {@code max}, else {@code refusal} with the text. */
    private static int wholeNumber(String text, int min, int max, String refusal) throws UsageException {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException(String.format(refusal, text));
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

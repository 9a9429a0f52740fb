package org.claimscreen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.run.RootCause;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command line: {@code claimscreen COMMAND ...}, parsed by picocli without starting anything,
 * so that help, the version, usage errors, {@code rules} and {@code completion} answer at once and
 * never need the database. A command that needs it is checked first and then handed to the
 * {@link ContextCommand.Launcher}, which starts the application context for it.
 */
@Command(name = "claimscreen",
        header = "claimscreen: screens Medicare therapy and massage claim lines before they are submitted.",
        synopsisSubcommandLabel = "COMMAND",
        versionProvider = ClaimscreenCli.Version.class,
        subcommands = {ScreenCli.class, RunCli.class, ScheduleCli.class, RulesCli.class, RunsCli.class, ShowCli.class,
            RestartCli.class, RerunCli.class, WorkerCli.class, CompletionCli.class, HelpCli.class},
        exitCodeList = {
            "0:the run completed (findings or not)",
            "1:the run failed (claimscreen restart RUN resumes it)",
            "2:the command was used wrongly (one line says why), or a file it names (job definition,"
                    + " rule pack, overrides, mapping, reference data) cannot be used, or --workers finds no"
                    + " PostgreSQL or RabbitMQ to share",
            "3:nothing to do: inputs already screened, an empty inbox, or restart of a completed run"},
        footer = {
            "'claimscreen COMMAND --help' (or 'claimscreen help COMMAND') tells a command's options and exit",
            "status.",
            "",
            "The database is chosen by CLAIMSCREEN_DB_URL (with CLAIMSCREEN_DB_USER and",
            "CLAIMSCREEN_DB_PASSWORD), e.g. jdbc:postgresql://localhost:5432/claimscreen.",
            "Unset, an embedded H2 database under ./var/db serves."})
public final class ClaimscreenCli implements Callable<Integer> {

    /** Help lines are wrapped at this width. */
    static final int HELP_WIDTH = 100;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true,
            description = "print the version of claimscreen, of its built-in rule pack, and the database it uses")
    boolean version;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final ContextCommand.Launcher launcher;
    private final Clock clock;

    ClaimscreenCli(PrintStream out, PrintStream err, ContextCommand.Launcher launcher, Clock clock) {
        this.out = out;
        this.err = err;
        this.launcher = launcher;
        this.clock = clock;
    }

    /**
     * Runs one command line: {@code out} gets results and help, {@code err} problems (one line
     * each); returns the exit status ({@link ExitStatus}).
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, ContextCommand.Launcher launcher) {
        return execute(args, out, err, launcher, Clock.systemDefaultZone());
    }

    static int execute(String[] args, PrintStream out, PrintStream err, ContextCommand.Launcher launcher, Clock clock) {
        return commandLine(new ClaimscreenCli(out, err, launcher, clock)).execute(args);
    }

    /** The command hierarchy, with claimscreen's streams, error handling and help layout. */
    static CommandLine commandLine(ClaimscreenCli claimscreen) {
        CommandLine commandLine = new CommandLine(claimscreen);
        layOut(commandLine);
        // the settings below apply to every subcommand there is by now
        commandLine.setOut(writer(claimscreen.out))
                .setErr(writer(claimscreen.err))
                .setColorScheme(CommandLine.Help.defaultColorScheme(
                        claimscreen.out == System.out ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF))
                .setUsageHelpWidth(HELP_WIDTH)
                .setUsageHelpLongOptionsMaxWidth(24)
                // an input named @x.csv is a file, not a file of arguments
                .setExpandAtFiles(false)
                // the last --out (or any option) given wins, as it always did
                .setOverwrittenOptionsAllowed(true)
                .setParameterExceptionHandler(new UsageErrors(claimscreen.err))
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    claimscreen.err.println("claimscreen: " + RootCause.message(e));
                    return ExitStatus.FAILED;
                });
        return commandLine;
    }

    /** The same headings, and options in the order written, in every command's help. */
    private static void layOut(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.headerHeading("")
                .synopsisHeading("%nUsage: ")
                .descriptionHeading(usage.description().length == 0 ? "" : "%n")
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n")
                .exitCodeListHeading(usage.exitCodeList().isEmpty() ? "" : "%nExit status:%n")
                .footerHeading(usage.footer().length == 0 ? "" : "%n")
                .sortOptions(false);
        command.getSubcommands().values().forEach(ClaimscreenCli::layOut);
    }

    /** Without a command: the main help, as {@code --help}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitStatus.DONE;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Today here, the default as-of date. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today in {@code zone} (a job's). */
    LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Hands a checked command to the application context. */
    int launch(ContextCommand command) {
        return launcher.launch(command);
    }

    /**
     * Refuses what a command names (a job definition, say) in the one line {@code problem}, which
     * already says file, line and key: no pointer to the help follows.
     */
    int refuse(String problem) {
        err.println("claimscreen: " + problem);
        return ExitStatus.USAGE;
    }

    /**
     * claimscreen's version (the pom's, as the build wrote it), the built-in rule pack's id and
     * version, and the database it would use (read from the setting, not opened).
     */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimscreen " + applicationVersion(),
                "built-in rule pack " + BuiltinPack.create().label(),
                DatabaseUrl.describe(DatabaseUrl.configured())};
        }
    }

    /** From META-INF/build-info.properties (written by the build, in the jar and target/classes), else the jar's manifest. */
    static String applicationVersion() {
        try (InputStream in = ClaimscreenCli.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                Properties build = new Properties();
                build.load(in);
                String version = build.getProperty("build.version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            // the manifest may still say
        }
        String manifest = ClaimscreenCli.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "(version unknown: not built with Maven)";
    }

    /** A writer onto {@code stream} that keeps the stream's own encoding and flushes each line. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}

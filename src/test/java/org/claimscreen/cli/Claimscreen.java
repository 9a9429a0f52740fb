package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The command line as {@code main} runs it, on a fixed day, with a launcher that starts no Spring:
 * it records the command that would run in the application context. {@link #screened} and the
 * like then run that command against a stand-in for the component it asks for, so a test sees what
 * the component was asked to do.
 */
final class Claimscreen {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final Clock NOON_UTC = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** How a command line ended: its exit status, what it printed, and the commands it launched. */
    record Result(int exit, String out, String err, List<ContextCommand> launched) {

        List<String> errLines() {
            return err.lines().toList();
        }

        /** Refused as a usage error: exit 2, nothing launched, {@code problem} then the pointer to {@code help}. */
        void isUsageError(String problem, String help) {
            assertThat(exit).as(err).isEqualTo(ExitStatus.USAGE);
            assertThat(launched).isEmpty();
            assertThat(out).isEmpty();
            assertThat(errLines()).containsExactly("claimscreen: " + problem, "Try '" + help + "'.");
        }
    }

    private Claimscreen() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<ContextCommand> launched = new ArrayList<>();
        int exit = ClaimscreenCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), command -> {
                    launched.add(command);
                    return ExitStatus.DONE;
                }, NOON_UTC);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), launched);
    }

    /** What {@code args} asked {@code screen} to do. */
    static ScreenOptions screened(String... args) throws Exception {
        List<ScreenOptions> asked = new ArrayList<>();
        launch(new ScreenCommand(null, null, null, null, null, null) {
            @Override
            public int run(ScreenOptions options, PrintStream out, PrintStream err) {
                asked.add(options);
                return ExitStatus.DONE;
            }
        }, args);
        assertThat(asked).hasSize(1);
        return asked.get(0);
    }

    /** What {@code args} asked {@code run JOB} to do. */
    static RunOptions ran(String... args) throws Exception {
        List<RunOptions> asked = new ArrayList<>();
        launch(new RunCommand(null, null, null, null, null) {
            @Override
            public int run(RunOptions options, PrintStream out, PrintStream err) {
                asked.add(options);
                return ExitStatus.DONE;
            }
        }, args);
        assertThat(asked).hasSize(1);
        return asked.get(0);
    }

    /** What {@code args} asked {@code schedule} to do. */
    static ScheduleOptions scheduled(String... args) throws Exception {
        List<ScheduleOptions> asked = new ArrayList<>();
        launch(new ScheduleCommand(null, null, null, null) {
            @Override
            public int run(ScheduleOptions options, PrintStream out, PrintStream err) {
                asked.add(options);
                return ExitStatus.DONE;
            }
        }, args);
        assertThat(asked).hasSize(1);
        return asked.get(0);
    }

    /** What {@code args} asked of the commands about runs, e.g. "show 12" or "restart --last". */
    static List<String> askedOfRuns(String... args) throws Exception {
        List<String> asked = new ArrayList<>();
        launch(new RunsCommand(null, null, null, null, null, null, null, null) {
            @Override
            public int list(int limit, PrintStream out) {
                asked.add("runs --last " + limit);
                return ExitStatus.DONE;
            }

            @Override
            public int show(long runId, PrintStream out, PrintStream err) {
                asked.add("show " + runId);
                return ExitStatus.DONE;
            }

            @Override
            public int restartLast(PrintStream out, PrintStream err) {
                asked.add("restart --last");
                return ExitStatus.DONE;
            }

            @Override
            public int restart(long runId, PrintStream out, PrintStream err) {
                asked.add("restart " + runId);
                return ExitStatus.DONE;
            }

            @Override
            public int rerun(long runId, boolean currentHistory, boolean currentRules, PrintStream out,
                    PrintStream err) {
                asked.add("rerun " + runId + (currentHistory ? " --with-current-history" : "")
                        + (currentRules ? " --current-rules" : ""));
                return ExitStatus.DONE;
            }
        }, args);
        return asked;
    }

    /**
     * Runs {@code args}, which must launch one command, and that command in a context that holds
     * only {@code component}, a stand-in that records what it is asked.
     */
    @SuppressWarnings("unchecked")
    private static void launch(Object component, String... args) throws Exception {
        Result result = run(args);
        assertThat(result.launched()).as("launched by %s; err: %s", List.of(args), result.err()).hasSize(1);
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean("component", (Class<Object>) component.getClass(), () -> component);
            context.refresh();
            result.launched().get(0).run(context);
        }
    }
}

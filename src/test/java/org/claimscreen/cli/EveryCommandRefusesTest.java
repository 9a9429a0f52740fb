package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, used wrongly, answers as a tool should: one line naming the problem, a pointer to
 * that command's help, exit status 2, nothing started, never an exception's text. Unknown run ids
 * need the database and are in RunsCommandsIT.
 */
class EveryCommandRefusesTest {

    @TempDir
    Path dir;

    /** Every command there is, read from the command line itself: a new one is covered at once. */
    private static Set<String> commands() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return new TreeSet<>(ClaimscreenCli.commandLine(new ClaimscreenCli(nowhere, nowhere, command -> 0,
                Clock.systemUTC())).getSubcommands().keySet());
    }

    @Test
    void coversTheCommandsThereAre() {
        assertThat(commands()).containsExactlyInAnyOrder("screen", "run", "schedule", "rules", "runs", "show",
                "restart", "rerun", "worker", "completion", "help");
    }

    @Test
    void workerRefusesANumberOfThreadsThatIsNoneWithoutStartingAnything() {
        Claimscreen.Result result = Claimscreen.run("worker", "--threads", "0");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.launched()).isEmpty();
        assertThat(result.errLines().get(0)).contains("'0' is not a number of threads (1 to 256)");
    }

    @Test
    void everyCommandRefusesAnUnknownOptionPointingToItsOwnHelp() {
        for (String command : commands()) {
            if (command.equals("help")) {
                continue; // help takes a command, below
            }
            Claimscreen.run(command, "--frobnicate")
                    .isUsageError("unknown option --frobnicate for " + command, "claimscreen " + command + " --help");
        }
        Claimscreen.run("help", "--frobnicate").isUsageError("unknown option --frobnicate for help",
                "claimscreen help --help");
    }

    @Test
    void everyCommandThatReadsAFileNamesTheOneThatIsMissing() {
        Path missing = dir.resolve("nope.yaml");
        String job = missing.toString();
        List<Refusal> refusals = List.of(
                new Refusal(new String[] {"screen", missing.toString()}, "no such file or folder: " + missing, "screen"),
                new Refusal(new String[] {"screen", "--plans", job, dir.toString()}, "--plans: no such file: " + job,
                        "screen"),
                new Refusal(new String[] {"run", job}, null, "run"),
                new Refusal(new String[] {"schedule", job}, null, "schedule"),
                new Refusal(new String[] {"rules", "--rule-pack", job}, "--rule-pack: no such file: " + job, "rules"));
        for (Refusal refusal : refusals) {
            Claimscreen.Result result = Claimscreen.run(refusal.args());
            assertThat(result.exit()).as(String.join(" ", refusal.args()) + ": " + result.err()).isEqualTo(2);
            assertThat(result.launched()).isEmpty();
            assertThat(result.out()).isEmpty();
            List<String> lines = result.errLines();
            assertThat(lines.get(0)).startsWith("claimscreen: ").contains(missing.getFileName().toString());
            if (refusal.problem() != null) {
                assertThat(lines.get(0)).isEqualTo("claimscreen: " + refusal.problem());
            }
            assertThat(lines).hasSizeLessThanOrEqualTo(2);
            if (lines.size() == 2) {
                assertThat(lines.get(1)).isEqualTo("Try 'claimscreen " + refusal.command() + " --help'.");
            }
            assertThat(result.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void everyCommandThatTakesARunIdRefusesOneThatIsNot() {
        for (String command : List.of("show", "restart", "rerun")) {
            Claimscreen.run(command, "-3").isUsageError(
                    "'-3' is not a run id (a number, as 'claimscreen runs' lists them)", "claimscreen " + command
                            + " --help");
        }
    }

    private record Refusal(String[] args, String problem, String command) {
    }
}

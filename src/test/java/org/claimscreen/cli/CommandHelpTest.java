package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimscreen.rules.BuiltinRulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help and version: answered at once, without the application context. */
class CommandHelpTest {

    private static final List<String> COMMANDS = List.of("screen", "run", "schedule", "rules", "runs", "show", "restart",
            "rerun", "help");

    @Test
    void answersTheMainHelpWithoutArgumentsWithHelpAndWithTheHelpCommand() {
        Claimscreen.Result none = Claimscreen.run();

        assertThat(none.exit()).isZero();
        assertThat(none.launched()).isEmpty();
        assertThat(none.err()).isEmpty();
        assertThat(none.out()).contains("Usage: claimscreen [-hV] COMMAND", "Exit status:", "CLAIMSCREEN_DB_URL");
        for (String command : COMMANDS) {
            assertThat(none.out()).containsPattern("(?m)^  " + command + " +[A-Z]");
        }
        assertThat(Claimscreen.run("--help").out()).isEqualTo(none.out());
        assertThat(Claimscreen.run("-h").out()).isEqualTo(none.out());
        assertThat(Claimscreen.run("help").out()).isEqualTo(none.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "run", "schedule", "rules", "runs", "show", "restart", "rerun", "help"})
    void helpCommandAndHelpOptionPrintTheSameHelpWithOptionsAndExitStatus(String command) {
        Claimscreen.Result option = Claimscreen.run(command, "--help");
        Claimscreen.Result helpCommand = Claimscreen.run("help", command);

        assertThat(option.exit()).isZero();
        assertThat(helpCommand.exit()).isZero();
        assertThat(option.launched()).isEmpty();
        assertThat(helpCommand.out()).isEqualTo(option.out());
        assertThat(Claimscreen.run(command, "-h").out()).isEqualTo(option.out());
        assertThat(option.out()).contains("Usage: claimscreen " + command, "Options:", "-h, --help", "Exit status:");
    }

    @Test
    void helpWinsOverEverythingElseOnTheLine() {
        Claimscreen.Result result = Claimscreen.run("screen", "--bogus", "nope.csv", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.launched()).isEmpty();
        assertThat(result.out()).contains("Usage: claimscreen screen");
    }

    @Test
    void screenHelpNamesEveryOption() {
        assertThat(Claimscreen.run("screen", "--help").out()).contains("--out=DIR", "--as-of=YYYY-MM-DD", "--plans=FILE",
                "--providers=FILE", "--rule-pack=FILE", "--rule-overrides=FILE", "--mapping=FILE", "--job=FILE",
                "--force", "INPUT...");
    }

    @Test
    void helpLinesFitTheWidthAndNeverBreakAWordAtADot() {
        for (String command : COMMANDS) {
            List<String> lines = Claimscreen.run("help", command).out().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).length()).as("%s help line %d: %s", command, i, lines.get(i))
                        .isLessThanOrEqualTo(ClaimscreenCli.HELP_WIDTH);
                if (lines.get(i).matches(".*\\w\\.$") && !lines.get(i).endsWith("e.g.") && i + 1 < lines.size()) {
                    // "findings." then "json" on the next line: a file name cut in two
                    assertThat(lines.get(i + 1)).as("%s help line %d after: %s", command, i + 1, lines.get(i))
                            .doesNotMatch("\\s*[a-z].*");
                }
            }
        }
    }

    @Test
    void refusesHelpForAnUnknownCommand() {
        Claimscreen.run("help", "scren").isUsageError("unknown command 'scren'", "claimscreen --help");
    }

    @Test
    void printsTheApplicationAndRulePackVersions() {
        Claimscreen.Result result = Claimscreen.run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.launched()).isEmpty();
        assertThat(result.out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).matches("claimscreen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
                line -> assertThat(line).isEqualTo("built-in rule pack " + BuiltinRulePack.create().label()));
        assertThat(Claimscreen.run("-V").out()).isEqualTo(result.out());
    }
}

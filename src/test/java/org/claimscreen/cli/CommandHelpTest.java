package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimscreen.config.BuiltinPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and completion: answered at once, without the application context. */
class CommandHelpTest {

    private static final List<String> COMMANDS = List.of("screen", "run", "schedule", "rules", "runs", "show", "restart",
            "rerun", "completion", "help");

    @TempDir
    Path dir;

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
    @ValueSource(strings = {"screen", "run", "schedule", "rules", "runs", "show", "restart", "rerun", "completion", "help"})
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
                "--providers=FILE", "--documentation=FILE", "--rule-pack=FILE", "--rule-overrides=FILE", "--mapping=FILE",
                "--job=FILE", "--force", "--outputs=LIST", "INPUT...");
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
                line -> assertThat(line).isEqualTo("built-in rule pack " + BuiltinPack.create().label()),
                line -> assertThat(line).isEqualTo("database H2 (embedded) under ./var/db (CLAIMSCREEN_DB_URL unset)"));
        assertThat(Claimscreen.run("-V").out()).isEqualTo(result.out());
    }

    @Test
    void versionNamesTheConfiguredDatabaseWithoutItsCredentials() {
        System.setProperty("CLAIMSCREEN_DB_URL", "jdbc:postgresql://ops:secret@db.example:5432/claimscreen?password=secret");
        try {
            Claimscreen.Result result = Claimscreen.run("--version");

            assertThat(result.out().lines().toList()).last()
                    .isEqualTo("database PostgreSQL at jdbc:postgresql://db.example:5432/claimscreen (CLAIMSCREEN_DB_URL)");
            assertThat(result.out()).doesNotContain("secret");
        } finally {
            System.clearProperty("CLAIMSCREEN_DB_URL");
        }
    }

    @Test
    void printsABashCompletionScriptThatCompletesCommandsAndOptions() throws Exception {
        Claimscreen.Result result = Claimscreen.run("completion");

        assertThat(result.exit()).isZero();
        assertThat(result.launched()).isEmpty();
        assertThat(result.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_claimscreen");

        Path script = Files.writeString(dir.resolve("claimscreen.bash"), result.out());
        assertThat(complete(script, "claimscreen scr")).isEqualTo("screen");
        assertThat(complete(script, "claimscreen re")).isEqualTo("restart rerun");
        assertThat(complete(script, "claimscreen screen --rule-")).isEqualTo("--rule-pack --rule-overrides");
        assertThat(complete(script, "claimscreen restart --l")).isEqualTo("--last");
    }

    /** What bash completes the last word of {@code line} to, with the script loaded. */
    private String complete(Path script, String line) throws IOException, InterruptedException {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "no bash here to try the completion script with");
        String program = """
                source "$1"
                read -ra COMP_WORDS <<< "$2"
                COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                _complete_claimscreen
                echo "${COMPREPLY[*]}"
                """;
        Process process = new ProcessBuilder(bash.toString(), "-c", program, "bash", script.toString(), line)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // compopt: "not currently executing completion"
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}

package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.cli.Claimscreen.TODAY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscreen.config.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users type it: what each command is handed, and how mistakes are refused. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryScreenOption() throws Exception {
        Path plans = Files.writeString(dir.resolve("p.csv"), "plan_id\n");
        Path providers = Files.writeString(dir.resolve("r.csv"), "npi\n");

        ScreenOptions options = Claimscreen.screened("screen", "--out", "o", "--as-of=2026-10-01", "--plans", plans.toString(),
                "--providers=" + providers, "--force", dir.toString());

        assertThat(options.inputs()).containsExactly(dir);
        assertThat(options.outDir()).isEqualTo(Path.of("o"));
        assertThat(options.asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(options.plans()).isEqualTo(plans);
        assertThat(options.providers()).isEqualTo(providers);
        assertThat(options.force()).isTrue();
        assertThat(options.job()).isNull();
    }

    @Test
    void readsTheDocumentationOnFileForScreen() throws Exception {
        Path documentation = Files.writeString(dir.resolve("records.csv"), "member_id\n");

        ScreenOptions options = Claimscreen.screened("screen", "--documentation", documentation.toString(),
                dir.toString());

        assertThat(options.documentation()).isEqualTo(documentation);
    }

    @Test
    void defaultsToTodayVarReportsTheBuiltinPackAndTheCanonicalLayout() throws Exception {
        ScreenOptions options = Claimscreen.screened("screen", dir.toString());

        assertThat(options).isEqualTo(new ScreenOptions(List.of(dir), Path.of("var", "reports"), TODAY, null, null,
                false, null, null, null, null));
    }

    @Test
    void takesOptionsAfterInputsAndTheLastOfAnOptionGivenTwice() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));

        ScreenOptions options = Claimscreen.screened("screen", dir.toString(), "--out", "a", other.toString(), "--out", "b");

        assertThat(options.inputs()).containsExactly(dir, other);
        assertThat(options.outDir()).isEqualTo(Path.of("b"));
    }

    @Test
    void readsRulePackOverridesAndMappingForScreen() throws Exception {
        Path pack = Files.writeString(dir.resolve("pack.yaml"), "pack: x\n");
        Path overrides = Files.writeString(dir.resolve("o.yaml"), "rules:\n");
        Path mapping = Files.writeString(dir.resolve("rif.yaml"), "delimiter: '|'\n");

        ScreenOptions options = Claimscreen.screened("screen", "--rule-pack", pack.toString(), "--rule-overrides=" + overrides,
                "--mapping", mapping.toString(), dir.toString());

        assertThat(options.rulePack()).isEqualTo(pack);
        assertThat(options.ruleOverrides()).isEqualTo(overrides);
        assertThat(options.mapping()).isEqualTo(mapping);
        assertThat(options.inputs()).containsExactly(dir);
    }

    @Test
    void takesAnInputNamedWithAnAtSignAsAFile() throws Exception {
        Path input = Files.writeString(dir.resolve("@claims.csv"), "claim_id\n");

        assertThat(Claimscreen.screened("screen", input.toString()).inputs()).containsExactly(input);
    }

    @Test
    void refusesUnknownCommandSuggestingTheNearestOne() {
        Claimscreen.run("scren", "x").isUsageError("unknown command 'scren' (did you mean screen?)", "claimscreen --help");
        Claimscreen.run("frobnicate").isUsageError("unknown command 'frobnicate'", "claimscreen --help");
    }

    @Test
    void refusesAnOptionBeforeTheCommand() {
        Claimscreen.run("--out", "x", "screen").isUsageError("unknown option --out (a command comes first, e.g. screen)",
                "claimscreen --help");
    }

    @Test
    void refusesUnknownOptionPointingToTheCommandsHelp() {
        Claimscreen.run("screen", "--frobnicate", dir.toString())
                .isUsageError("unknown option --frobnicate for screen", "claimscreen screen --help");
        Claimscreen.run("screen", "--outt=o", dir.toString())
                .isUsageError("unknown option --outt for screen (did you mean --out?)", "claimscreen screen --help");
    }

    @Test
    void refusesOptionWithoutValue() {
        Claimscreen.run("screen", dir.toString(), "--out").isUsageError("--out needs a value", "claimscreen screen --help");
        Claimscreen.run("screen", "--out", "--force", dir.toString())
                .isUsageError("--out needs a value", "claimscreen screen --help");
    }

    @Test
    void readsTheOutputsToWrite() throws Exception {
        ScreenOptions options = Claimscreen.screened("screen", "--outputs", "summary,findings-csv", dir.toString());

        assertThat(options.outputs()).isEqualTo(Outputs.parse("findings-csv"));
        assertThat(options.outputsToWrite().has(Outputs.File.REPORT)).isFalse();
        assertThat(Claimscreen.screened("screen", dir.toString()).outputsToWrite()).isEqualTo(Outputs.ALL);
    }

    @Test
    void refusesAnUnknownOutput() {
        Claimscreen.run("screen", "--outputs", "report,pdf", dir.toString())
                .isUsageError("--outputs: 'pdf' is not an output (report, findings-csv, findings-json, split, summary,"
                        + " rejects, not-screened, x12-acknowledgements)", "claimscreen screen --help");
    }

    @Test
    void refusesBadAsOfDate() {
        Claimscreen.run("screen", "--as-of", "11/27/2026", dir.toString())
                .isUsageError("--as-of: '11/27/2026' is not a date (YYYY-MM-DD)", "claimscreen screen --help");
    }

    @Test
    void refusesMissingInputs() {
        Path missing = dir.resolve("nope.csv");
        Claimscreen.run("screen", missing.toString())
                .isUsageError("no such file or folder: " + missing, "claimscreen screen --help");
        Claimscreen.run("screen", dir.toString(), missing.toString())
                .isUsageError("no such file or folder: " + missing, "claimscreen screen --help");
    }

    @Test
    void refusesMissingFilesNamingTheOption() {
        for (String option : List.of("--plans", "--providers", "--rule-pack", "--rule-overrides", "--mapping")) {
            Claimscreen.run("screen", option, "nope.yaml", dir.toString())
                    .isUsageError(option + ": no such file: nope.yaml", "claimscreen screen --help");
        }
    }

    @Test
    void refusesScreenWithoutInputs() {
        Claimscreen.run("screen", "--force")
                .isUsageError("screen needs at least one claim file or folder", "claimscreen screen --help");
    }

    @Test
    void refusesValueOnFlag() {
        Claimscreen.run("screen", "--force=yes", dir.toString())
                .isUsageError("--force takes no value", "claimscreen screen --help");
    }

    @Test
    void refusesOutThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        Claimscreen.run("screen", "--out", file.toString(), dir.toString())
                .isUsageError("--out " + file + " is a file, not a folder", "claimscreen screen --help");
    }

    @Test
    void answersRulesWithoutTheApplicationContext() {
        Claimscreen.Result result = Claimscreen.run("rules", "--as-of", "2025-02-03");

        assertThat(result.exit()).isZero();
        assertThat(result.launched()).isEmpty();
        assertThat(result.out()).startsWith("Rule pack builtin ").contains("as of 2025-02-03");
    }

    @Test
    void defaultsRulesToToday() {
        assertThat(Claimscreen.run("rules").out()).contains("as of " + TODAY);
    }

    @Test
    void refusesUnknownRulesOptionAndArguments() {
        Claimscreen.run("rules", "--out", "x").isUsageError("unknown option --out for rules", "claimscreen rules --help");
        Claimscreen.run("rules", "GEN-NPI-INVALID").isUsageError(
                "rules takes no arguments, only options (got 'GEN-NPI-INVALID')", "claimscreen rules --help");
    }

    @Test
    void listsTwentyRunsUnlessToldHowMany() throws Exception {
        assertThat(Claimscreen.askedOfRuns("runs")).containsExactly("runs --last 20");
        assertThat(Claimscreen.askedOfRuns("runs", "--last=5")).containsExactly("runs --last 5");
        assertThat(Claimscreen.askedOfRuns("runs", "--last", "7")).containsExactly("runs --last 7");
    }

    @Test
    void handsTheRunNamedToShowRestartAndRerun() throws Exception {
        assertThat(Claimscreen.askedOfRuns("show", "12")).containsExactly("show 12");
        assertThat(Claimscreen.askedOfRuns("restart", "3")).containsExactly("restart 3");
        assertThat(Claimscreen.askedOfRuns("restart", "--last")).containsExactly("restart --last");
        assertThat(Claimscreen.askedOfRuns("rerun", "7")).containsExactly("rerun 7");
        assertThat(Claimscreen.askedOfRuns("rerun", "7", "--with-current-history", "--current-rules"))
                .containsExactly("rerun 7 --with-current-history --current-rules");
    }

    @Test
    void refusesRunCommandsUsedWrongly() {
        Claimscreen.run("show").isUsageError("show needs RUN: a run id, as claimscreen runs lists them",
                "claimscreen show --help");
        Claimscreen.run("show", "abc").isUsageError(
                "'abc' is not a run id (a number, as 'claimscreen runs' lists them)", "claimscreen show --help");
        Claimscreen.run("show", "1", "2").isUsageError("show takes one RUN (got '2' too)", "claimscreen show --help");
        Claimscreen.run("rerun", "--last").isUsageError("unknown option --last for rerun", "claimscreen rerun --help");
        Claimscreen.run("restart").isUsageError("restart needs RUN or --last", "claimscreen restart --help");
        Claimscreen.run("restart", "3", "--last")
                .isUsageError("restart takes RUN or --last, not both", "claimscreen restart --help");
        Claimscreen.run("runs", "--last", "0")
                .isUsageError("--last: '0' is not a number of runs (1 or more)", "claimscreen runs --help");
        Claimscreen.run("runs", "x").isUsageError("runs takes no arguments, only options (got 'x')",
                "claimscreen runs --help");
    }

}

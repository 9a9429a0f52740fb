package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void answersHelpWithoutArguments() throws Exception {
        assertThat(CommandLine.parse(new String[0], TODAY).help()).contains("claimscreen screen");
    }

    @Test
    void answersScreenHelp() throws Exception {
        assertThat(CommandLine.parse(new String[] {"screen", "--help"}, TODAY).help()).contains("--as-of");
    }

    @Test
    void readsEveryScreenOption() throws Exception {
        Path plans = Files.writeString(dir.resolve("p.csv"), "plan_id\n");
        Path providers = Files.writeString(dir.resolve("r.csv"), "npi\n");

        ScreenOptions options = CommandLine.parse(new String[] {"screen", "--out", "o", "--as-of=2026-10-01",
                "--plans", plans.toString(), "--providers=" + providers, "--force", dir.toString()}, TODAY).screen();

        assertThat(options.inputs()).containsExactly(dir);
        assertThat(options.outDir()).isEqualTo(Path.of("o"));
        assertThat(options.asOf()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(options.plans()).isEqualTo(plans);
        assertThat(options.providers()).isEqualTo(providers);
        assertThat(options.force()).isTrue();
    }

    @Test
    void defaultsToTodayAndVarReports() throws Exception {
        ScreenOptions options = CommandLine.parse(new String[] {"screen", dir.toString()}, TODAY).screen();

        assertThat(options.asOf()).isEqualTo(TODAY);
        assertThat(options.outDir()).isEqualTo(Path.of("var", "reports"));
        assertThat(options.force()).isFalse();
    }

    @Test
    void refusesUnknownCommand() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"scren", "x"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("unknown command 'scren'");
    }

    @Test
    void refusesUnknownOption() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--outt", "o", dir.toString()}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --outt for screen");
    }

    @Test
    void refusesOptionWithoutValue() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", dir.toString(), "--out"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("--out needs a value");
    }

    @Test
    void refusesBadAsOfDate() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--as-of", "11/27/2026", dir.toString()}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("--as-of '11/27/2026' is not a date (YYYY-MM-DD)");
    }

    @Test
    void refusesMissingInput() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", missing.toString()}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("no such file or folder: " + missing);
    }

    @Test
    void refusesMissingPlansFile() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--plans", "nope.csv", dir.toString()}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("--plans: no such file: nope.csv");
    }

    @Test
    void refusesScreenWithoutInputs() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--force"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("screen needs at least one claim file or folder");
    }

    @Test
    void refusesValueOnFlag() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--force=yes", dir.toString()}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("--force takes no value");
    }

    @Test
    void refusesOutThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--out", file.toString(), dir.toString()}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void readsRulePackAndOverridesForScreen() throws Exception {
        Path pack = Files.writeString(dir.resolve("pack.yaml"), "pack: x\n");
        Path overrides = Files.writeString(dir.resolve("o.yaml"), "rules:\n");

        ScreenOptions options = CommandLine.parse(new String[] {"screen", "--rule-pack", pack.toString(),
                "--rule-overrides=" + overrides, dir.toString()}, TODAY).screen();

        assertThat(options.rulePack()).isEqualTo(pack);
        assertThat(options.ruleOverrides()).isEqualTo(overrides);
        assertThat(options.inputs()).containsExactly(dir);
    }

    @Test
    void defaultsToTheBuiltinPackWithoutOverrides() throws Exception {
        ScreenOptions options = CommandLine.parse(new String[] {"screen", dir.toString()}, TODAY).screen();

        assertThat(options.rulePack()).isNull();
        assertThat(options.ruleOverrides()).isNull();
    }

    @Test
    void refusesMissingRulePackFile() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--rule-pack", "nope.yaml", dir.toString()},
                TODAY)).isInstanceOf(UsageException.class).hasMessage("--rule-pack: no such file: nope.yaml");
    }

    @Test
    void readsAColumnMappingForScreen() throws Exception {
        Path mapping = Files.writeString(dir.resolve("rif.yaml"), "delimiter: '|'\n");

        ScreenOptions options = CommandLine.parse(new String[] {"screen", "--mapping", mapping.toString(), dir.toString()},
                TODAY).screen();

        assertThat(options.mapping()).isEqualTo(mapping);
        assertThat(CommandLine.parse(new String[] {"screen", dir.toString()}, TODAY).screen().mapping()).isNull();
    }

    @Test
    void refusesAMissingMappingFile() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"screen", "--mapping", "nope.yaml", dir.toString()},
                TODAY)).isInstanceOf(UsageException.class).hasMessage("--mapping: no such file: nope.yaml");
    }

    @Test
    void mentionsTheMappingInScreenHelp() throws Exception {
        assertThat(CommandLine.parse(new String[] {"screen", "--help"}, TODAY).help()).contains("--mapping FILE");
    }

    @Test
    void readsRulesOptions() throws Exception {
        Path overrides = Files.writeString(dir.resolve("o.yaml"), "rules:\n");

        RulesOptions options = CommandLine.parse(new String[] {"rules", "--as-of", "2025-02-03", "--rule-overrides",
                overrides.toString(), "--markdown"}, TODAY).rules();

        assertThat(options).isEqualTo(new RulesOptions(LocalDate.of(2025, 2, 3), null, overrides, true));
    }

    @Test
    void defaultsRulesToToday() throws Exception {
        assertThat(CommandLine.parse(new String[] {"rules"}, TODAY).rules())
                .isEqualTo(new RulesOptions(TODAY, null, null, false));
    }

    @Test
    void refusesUnknownRulesOption() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"rules", "--out", "x"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --out for rules");
    }

    @Test
    void mentionsRulesInMainHelp() throws Exception {
        assertThat(CommandLine.parse(new String[] {"--help"}, TODAY).help()).contains("claimscreen rules [options]");
    }

    @Test
    void readsTheRunCommands() throws Exception {
        assertThat(CommandLine.parse(new String[] {"runs"}, TODAY).runs())
                .isEqualTo(new RunsOptions("runs", null, false, 20));
        assertThat(CommandLine.parse(new String[] {"runs", "--last=5"}, TODAY).runs().limit()).isEqualTo(5);
        assertThat(CommandLine.parse(new String[] {"show", "12"}, TODAY).runs())
                .isEqualTo(new RunsOptions("show", 12L, false, 0));
        assertThat(CommandLine.parse(new String[] {"restart", "--last"}, TODAY).runs())
                .isEqualTo(new RunsOptions("restart", null, true, 0));
        assertThat(CommandLine.parse(new String[] {"rerun", "7"}, TODAY).runs().runId()).isEqualTo(7L);
        assertThat(CommandLine.parse(new String[] {"restart", "--help"}, TODAY).help()).contains("restart --last");
        assertThat(CommandLine.parse(new String[0], TODAY).help()).contains("claimscreen runs", "claimscreen rerun RUN");
    }

    @Test
    void refusesRunCommandsUsedWrongly() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"show"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("show needs a run id");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"show", "abc"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("'abc' is not a run id");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"rerun", "--last"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option --last for rerun");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"restart", "3", "--last"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"runs", "--last", "0"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("--last '0'");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"runs", "x"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessageContaining("runs takes no arguments");
    }
}

package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.ClaimscreenApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimscreen rules}, run the way main runs it, without a database. */
class RulesCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listsTheBuiltinPacksRulesWithTheKxThresholdOfTheAsOfYear() {
        int status = run("rules", "--as-of", "2025-06-30");

        assertThat(status).isZero();
        assertThat(lines()).startsWith(
                "Rule pack builtin 2026.3 (built in), as of 2025-06-30",
                "KX threshold 2025: $2,410.00 (PT+SLP combined; OT)",
                "Overrides: none",
                "",
                "44 of 44 rules in force, in the order they run:");
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches("  GEN-NPI-INVALID +DENY +practice +Any NPI on the line .*"));
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches("  MCR-LMT-SUPERVISED +DENY +practice +A massage therapist's line .*"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void saysWhenThePackHasNoThresholdForTheYear() {
        run("rules", "--as-of=2031-01-01");

        assertThat(lines()).contains("KX threshold 2031: none in this pack (therapy spending cannot be judged for 2031)");
    }

    @Test
    void leavesOutRulesTheOverridesSwitchOffAndMarksChangedSeverities() throws IOException {
        Path overrides = Files.writeString(dir.resolve("o.yaml"), """
                rules:
                  MCR-LMT-SUPERVISED: {enabled: false}
                  MCR-MBI-FORMAT: {severity: REVIEW}
                payers:
                  MEDICARE_ADVANTAGE: {GEN-NPI-INVALID: {severity: INFO}}
                """);

        int status = run("rules", "--as-of", "2026-01-02", "--rule-overrides", overrides.toString());

        assertThat(status).isZero();
        assertThat(lines()).contains("43 of 44 rules in force, in the order they run:",
                "Switched off: MCR-LMT-SUPERVISED");
        assertThat(lines()).anySatisfy(line -> assertThat(line).matches("  MEDICARE_ADVANTAGE +GEN-NPI-INVALID +severity INFO"));
        assertThat(lines()).noneMatch(line -> line.startsWith("  MCR-LMT-SUPERVISED "));
        assertThat(lines()).anySatisfy(line -> assertThat(line).matches("  MCR-MBI-FORMAT +REVIEW\\* +practice .*"));
    }

    @Test
    void showsAnotherPacksIdVersionAndThreshold() throws IOException {
        Path pack = Files.writeString(dir.resolve("pack.yaml"), builtin().replace("pack: builtin", "pack: acme")
                .replace("version: \"2026.3\"", "version: \"7\"").replace("2026: 2480.00", "2026: 2500.00"));

        run("rules", "--as-of", "2026-05-01", "--rule-pack", pack.toString());

        assertThat(lines()).startsWith("Rule pack acme 7 (" + pack + "), as of 2026-05-01",
                "KX threshold 2026: $2,500.00 (PT+SLP combined; OT)");
    }

    @Test
    void refusesABadOverridesFileInOneLineWithStatus2() throws IOException {
        Path overrides = Files.writeString(dir.resolve("o.yaml"), "rules:\n  MCR-NOPE: {enabled: false}\n");

        int status = run("rules", "--rule-overrides", overrides.toString());

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("claimscreen: " + overrides + " line 2, rules.MCR-NOPE: unknown rule id");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void printsTheMarkdownOfDocsRulesMd() {
        int status = run("rules", "--markdown");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Rules in force: pack builtin 2026.3");
    }

    @Test
    void refusesAnArgument() {
        int status = run("rules", "GEN-NPI-INVALID");

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("rules takes no arguments, only options (got 'GEN-NPI-INVALID')");
    }

    @Test
    void answersHelp() {
        run("rules", "--help");

        assertThat(out.toString()).contains("Usage: claimscreen rules", "--rule-overrides=FILE");
    }

    private int run(String... args) {
        return ClaimscreenApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String builtin() throws IOException {
        try (var in = RulesCommandTest.class.getClassLoader()
                .getResourceAsStream("org/claimscreen/config/builtin-pack.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

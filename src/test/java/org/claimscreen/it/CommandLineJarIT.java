package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.claimscreen.config.BuiltinPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user runs it: help, the version, completion, rules and usage errors answer
 * without starting Spring (the JVM's class log shows SpringApplication never loaded), never print
 * a stack trace, and the version is the one the jar was built as.
 */
class CommandLineJarIT {

    private static final Path JAR = Path.of("target", "claimscreen.jar").toAbsolutePath();

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err, String classes) {
    }

    @Test
    void answersHelpEverywhereWithoutStartingSpring() throws Exception {
        for (List<String> args : List.of(List.of("--help"), List.<String>of(), List.of("help", "screen"),
                List.of("screen", "--help"), List.of("restart", "-h"))) {
            Result result = run(args);
            assertThat(result.exit()).as("%s: %s", args, result.err()).isZero();
            assertThat(result.out()).as("%s", args).contains("Usage: claimscreen");
            assertThat(result.err()).as("%s", args).isEmpty();
            assertThat(result.classes()).as("%s", args).doesNotContain("org.springframework.boot.SpringApplication ");
        }
        assertThat(run(List.of("help", "screen")).out()).isEqualTo(run(List.of("screen", "--help")).out());

        // the class log does show Spring when a command needs it (an embedded database in the test's folder)
        Result runs = run(List.of("runs"));
        assertThat(runs.exit()).as(runs.err()).isZero();
        assertThat(runs.out()).isEqualTo("no runs yet" + System.lineSeparator());
        assertThat(runs.classes()).contains("org.springframework.boot.SpringApplication ");
    }

    @Test
    void printsTheVersionTheJarWasBuiltAs() throws Exception {
        String built;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            built = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }

        Result result = run(List.of("--version"));

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().toList()).containsExactly("claimscreen " + built,
                "built-in rule pack " + BuiltinPack.create().label(),
                "database H2 (embedded) under ./var/db (CLAIMSCREEN_DB_URL unset)");
        assertThat(result.classes()).doesNotContain("org.springframework.boot.SpringApplication ");
    }

    @Test
    void refusesMistakesInTwoLinesWithoutAStackTraceOrSpring() throws Exception {
        Result unknown = run(List.of("screen", "--bogus", "x"));
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().lines().toList()).containsExactly("claimscreen: unknown option --bogus for screen",
                "Try 'claimscreen screen --help'.");
        assertThat(unknown.classes()).doesNotContain("org.springframework.boot.SpringApplication ");

        Result date = run(List.of("rules", "--as-of", "tomorrow"));
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err().lines().toList()).containsExactly(
                "claimscreen: --as-of: 'tomorrow' is not a date (YYYY-MM-DD)", "Try 'claimscreen rules --help'.");

        Result job = run(List.of("run", "no-such-job"));
        assertThat(job.exit()).isEqualTo(2);
        assertThat(job.err().lines().toList())
                .containsExactly("claimscreen: no job 'no-such-job': no such file, and no jobs/no-such-job.yaml");
        assertThat(job.classes()).doesNotContain("org.springframework.boot.SpringApplication ");
    }

    @Test
    void answersRulesAndCompletionWithoutSpring() throws Exception {
        Result rules = run(List.of("rules"));
        assertThat(rules.exit()).as(rules.err()).isZero();
        assertThat(rules.out()).startsWith("Rule pack " + BuiltinPack.create().label() + " (built in)");
        assertThat(rules.classes()).doesNotContain("org.springframework.boot.SpringApplication ");

        Result completion = run(List.of("completion"));
        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_claimscreen");
        assertThat(completion.classes()).doesNotContain("org.springframework.boot.SpringApplication ");
    }

    private Result run(List<String> args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Path classes = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CLAIMSCREEN_"));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("claimscreen " + args + " did not end within 2 minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), Files.readString(classes, StandardCharsets.UTF_8));
    }
}

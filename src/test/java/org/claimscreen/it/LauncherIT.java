package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./claimscreen launcher's fast start-up (docs/benchmarks.md, "Start-up"): once per build it
 * extracts the packaged jar and records a class data sharing archive, later runs use both, and
 * neither a broken archive nor a failed preparation may break a run or print the JVM's warnings.
 * Each test runs the real launcher on a copy of the repository's layout (launcher, the jar mvn
 * package built, sample-data/; no sources, so it never builds) with the embedded database.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "claimscreen.jar");

    @TempDir
    Path home;

    private record Result(int exit, String out, String err) {
    }

    @Test
    void preparesOnceThenStartsFromTheArchiveAndShrugsOffABrokenOne() throws Exception {
        layout(true);
        Path csv = home.resolve("sample-data").resolve("claims-2026-11-26.csv");

        Result first = launch(Map.of(), "screen", "--out", "out", "--as-of", "2026-11-26", csv.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("claimscreen: preparing a faster start-up (once per build)...");
        assertThat(home.resolve("target/cds/ready")).exists();
        assertThat(home.resolve("target/cds/claimscreen.jsa")).isNotEmptyFile();

        // the application's classes now come from the archive, and nothing is prepared again
        Path classLog = home.resolve("classes.log");
        Result second = launch(Map.of("CLAIMSCREEN_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog),
                "screen", "--out", "out", "--as-of", "2026-11-26", "--force", csv.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("preparing");
        assertThat(Files.readString(classLog)).containsPattern(
                "org\\.claimscreen\\.ClaimscreenApplication source: shared objects file \\(top\\)");
        assertThat(counts(second.out())).isEqualTo(counts(first.out()));

        // an archive the JVM cannot use (damaged here; stale after a rebuild is the same) is ignored quietly
        Files.writeString(home.resolve("target/cds/claimscreen.jsa"), "not an archive");
        Result broken = launch(Map.of(), "screen", "--out", "out", "--as-of", "2026-11-26", "--force", csv.toString());
        assertThat(broken.exit()).as(broken.err()).isZero();
        assertNoJvmNoise(broken.err());
        assertThat(counts(broken.out())).isEqualTo(counts(first.out()));
    }

    @Test
    void runsFromTheJarWhenThePreparationFailsAndDoesNotRetryItEveryRun() throws Exception {
        layout(false); // no sample-data/ to train on

        Result first = launch(Map.of(), "runs");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("claimscreen: could not prepare it (see ")
                .contains("); starting from the jar");
        assertThat(home.resolve("target/cds/ready")).doesNotExist();

        Result second = launch(Map.of(), "runs");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("preparing").doesNotContain("could not prepare");
        assertNoJvmNoise(second.err());
    }

    private void layout(boolean withSampleData) throws IOException {
        Files.copy(Path.of("claimscreen"), home.resolve("claimscreen"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(home.resolve("target"));
        Files.copy(JAR, home.resolve("target/claimscreen.jar"));
        if (withSampleData) {
            Path from = Path.of("sample-data");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = home.resolve("sample-data").resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("claimscreen").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "launcher-", ".out");
        Path err = Files.createTempFile(home, "launcher-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CLAIMSCREEN_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The run's counts (claims, findings, dollars, rejects), without the run id and report folder. */
    private static List<String> counts(String out) {
        return out.lines().map(String::strip)
                .filter(line -> Stream.of("claims ", "findings ", "dollars ", "rejects ").anyMatch(line::startsWith)).toList();
    }

    /** The JVM's unified logging prints "[0.7s][warning][cds...]": users must never see it. */
    private static void assertNoJvmNoise(String err) {
        assertThat(err.lines()).noneMatch(line -> line.startsWith("[") || line.contains("[warning]")
                || line.toLowerCase(java.util.Locale.ROOT).contains("shared archive"));
    }
}

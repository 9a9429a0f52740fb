package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscreen.ClaimscreenApplication;

/**
 * The real command line in a JVM of its own, for commands that stay up ({@code schedule}) and
 * must be stopped with a signal: the test's class path, the database named by the test, a
 * working directory of the test's choosing. Standard output and error go to files the test reads.
 */
final class CliProcess implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static CliProcess start(Database db, Path workDir, String... args) throws IOException {
        return start(db, workDir, List.of(), args);
    }

    /** @param jvmOptions system properties and the like, before the main class */
    static CliProcess start(Database db, Path workDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClaimscreenApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "claimscreen-", ".out");
        Path err = Files.createTempFile(workDir, "claimscreen-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLAIMSCREEN_DB_URL", db.url());
        builder.environment().put("CLAIMSCREEN_DB_USER", db.user());
        builder.environment().put("CLAIMSCREEN_DB_PASSWORD", db.password());
        return new CliProcess(builder.start(), out, err);
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Waits until standard error has {@code times} matches of {@code pattern}; returns the last match. */
    MatchResult awaitErr(String pattern, int times, Duration timeout) throws IOException, InterruptedException {
        Pattern compiled = Pattern.compile(pattern);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Matcher matcher = compiled.matcher(err());
            MatchResult last = null;
            int found = 0;
            while (matcher.find()) {
                found++;
                last = matcher.toMatchResult();
            }
            if (found >= times) {
                return last;
            }
            assertThat(process.isAlive()).as("the process ended (exit %s) before '%s' appeared %d time(s):%n%s",
                    process.isAlive() ? "-" : process.exitValue(), pattern, times, err()).isTrue();
            assertThat(System.nanoTime()).as("'%s' did not appear %d time(s) in %s:%n%s", pattern, times, timeout,
                    err()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** SIGTERM, as systemd, Docker and Kubernetes stop a service; returns the exit status. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("ended within %s", timeout).isTrue();
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}

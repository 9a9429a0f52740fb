package org.claimscreen.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a process of its own, so that a test can kill it (SIGKILL: what
 * {@link Process#destroyForcibly()} sends on Linux), run two at once, or cut its database off.
 * It runs the test classpath's classes (target/classes first) with the lock and progress timings
 * shortened; standard output and error go to files.
 */
final class ChildCli {

    /** How a finished child ended: exit status and everything it printed. */
    record Result(int exit, String out, String err) {
    }

    /** A running child. */
    record Running(Process process, Path out, Path err) {

        long pid() {
            return process.pid();
        }

        /** kill -STOP: the process stays, silent, holding what it holds (kill() still ends it). */
        void pause() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-STOP", Long.toString(pid())).inheritIO().start().waitFor();
        }

        /** kill -9, and waits until the process is gone (reaped: its pid no longer exists). */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        Result await(long minutes) throws InterruptedException, IOException {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                process.waitFor();
                throw new AssertionError("claimscreen did not end within " + minutes + " minutes; stderr:\n"
                        + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }

        String errSoFar() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    private ChildCli() {
    }

    static Running start(String dbUrl, Database db, Path logs, String... args) throws IOException {
        return start(dbUrl, db, logs, List.of(), args);
    }

    /** @param jvmOptions e.g. {@code -Dclaimscreen.lock.stale-after=2m}, after the shortened defaults */
    static Running start(String dbUrl, Database db, Path logs, List<String> jvmOptions, String... args)
            throws IOException {
        Files.createDirectories(logs);
        String name = Long.toString(System.nanoTime(), 36);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(),
                "-Xmx512m",
                // short enough that the tests need not wait long for a dead owner
                "-Dclaimscreen.lock.heartbeat=1s",
                "-Dclaimscreen.lock.stale-after=5s",
                "-Dclaimscreen.progress.every=2s",
                "-Dclaimscreen.db.socket-timeout=30s"));
        command.addAll(jvmOptions);
        command.add("org.claimscreen.ClaimscreenApplication");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLAIMSCREEN_DB_URL", dbUrl);
        builder.environment().put("CLAIMSCREEN_DB_USER", db.user());
        builder.environment().put("CLAIMSCREEN_DB_PASSWORD", db.password());
        builder.environment().put("CLAIMSCREEN_DB_CONNECT_TIMEOUT_MS", "5000");
        return new Running(builder.start(), out, err);
    }

    static Result run(String dbUrl, Database db, Path logs, String... args) throws IOException, InterruptedException {
        return start(dbUrl, db, logs, args).await(10);
    }

    static Result run(String dbUrl, Database db, Path logs, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return start(dbUrl, db, logs, jvmOptions, args).await(10);
    }

    /** Failsafe runs the tests from a manifest-only jar; the real classpath is in this property. */
    private static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path");
        return classpath != null && !classpath.isBlank() ? classpath : System.getProperty("java.class.path");
    }
}

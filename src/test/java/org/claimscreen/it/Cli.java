package org.claimscreen.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.claimscreen.ClaimscreenApplication;

/** Runs the real command line in this JVM against the database named by {@code dbUrl}. */
final class Cli {

    /** @param err the command's own messages and every log line of the run */
    record Result(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Result run(Database db, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("CLAIMSCREEN_DB_URL", db.url());
        System.setProperty("CLAIMSCREEN_DB_USER", db.user());
        System.setProperty("CLAIMSCREEN_DB_PASSWORD", db.password());
        PrintStream realErr = System.err;
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setErr(errStream); // the logs go to standard error too: tests read them
        try {
            int exit = ClaimscreenApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(realErr);
            System.clearProperty("CLAIMSCREEN_DB_URL");
            System.clearProperty("CLAIMSCREEN_DB_USER");
            System.clearProperty("CLAIMSCREEN_DB_PASSWORD");
        }
    }
}

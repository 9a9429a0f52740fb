package org.claimscreen;

import java.io.PrintStream;
import java.time.LocalDate;
import org.claimscreen.cli.CommandLine;
import org.claimscreen.cli.ExitStatus;
import org.claimscreen.cli.RulesCommand;
import org.claimscreen.cli.RunsCommand;
import org.claimscreen.cli.ScreenCommand;
import org.claimscreen.cli.UsageException;
import org.claimscreen.measure.Measurements;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. Usage errors, help and {@code rules} are answered before Spring starts, so they
 * are instant and need no database; a command that runs starts the application context, does its work and
 * ends with an exit status schedulers can act on.
 */
@SpringBootApplication
public class ClaimscreenApplication {

    public static void main(String[] args) {
        Measurements.printAtExitWhenAsked();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit status (0 done, 1 failed, 2 usage, 3 nothing to do). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine.Invocation invocation;
        try {
            invocation = CommandLine.parse(args, LocalDate.now());
        } catch (UsageException e) {
            err.println("claimscreen: " + e.getMessage());
            err.println("Try 'claimscreen --help'.");
            return ExitStatus.USAGE;
        }
        if (invocation.help() != null) {
            out.print(invocation.help());
            return ExitStatus.DONE;
        }
        if (invocation.rules() != null) {
            // the pack and overrides files are all it needs: no database, no context
            return RulesCommand.run(invocation.rules(), out, err);
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(ClaimscreenApplication.class);
        } catch (RuntimeException e) {
            err.println("claimscreen: cannot start: " + startFailure(e));
            return ExitStatus.FAILED;
        }
        int status;
        try {
            status = invocation.runs() != null
                    ? context.getBean(RunsCommand.class).run(invocation.runs(), out, err)
                    : context.getBean(ScreenCommand.class).run(invocation.screen(), out, err);
        } catch (Exception e) {
            err.println("claimscreen: " + rootMessage(e));
            status = ExitStatus.FAILED;
        }
        int exit = status;
        return SpringApplication.exit(context, () -> exit);
    }

    /** Start-up fails mostly for want of a database: say which one (without credentials). */
    private static String startFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof java.net.ConnectException) {
                String url = System.getProperty("CLAIMSCREEN_DB_URL", System.getenv("CLAIMSCREEN_DB_URL"));
                String where = url == null ? "the embedded database under ./var/db" : url.replaceAll("[?;].*$", "");
                return "cannot open " + where + ": " + rootMessage(e);
            }
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

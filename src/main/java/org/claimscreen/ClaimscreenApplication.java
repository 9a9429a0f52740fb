package org.claimscreen;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.claimscreen.cli.BadJobException;
import org.claimscreen.cli.CommandLine;
import org.claimscreen.cli.ExitStatus;
import org.claimscreen.cli.RulesCommand;
import org.claimscreen.cli.RunCommand;
import org.claimscreen.cli.RunsCommand;
import org.claimscreen.cli.ScheduleCommand;
import org.claimscreen.cli.ScreenCommand;
import org.claimscreen.cli.UsageException;
import org.claimscreen.jobs.RootCause;
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
        } catch (BadJobException e) {
            err.println("claimscreen: " + e.getMessage());
            return ExitStatus.USAGE;
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
            SpringApplication application = new SpringApplication(ClaimscreenApplication.class);
            // schedule closes the context itself on SIGTERM, once its runs stopped (ScheduleCommand)
            application.setRegisterShutdownHook(invocation.schedule() == null);
            context = application.run();
        } catch (RuntimeException e) {
            err.println("claimscreen: cannot start: " + startFailure(e));
            return ExitStatus.FAILED;
        }
        int status;
        try {
            if (invocation.runs() != null) {
                status = context.getBean(RunsCommand.class).run(invocation.runs(), out, err);
            } else if (invocation.run() != null) {
                status = context.getBean(RunCommand.class).run(invocation.run(), out, err);
            } else if (invocation.schedule() != null) {
                status = context.getBean(ScheduleCommand.class).run(invocation.schedule(), out, err);
            } else {
                status = context.getBean(ScreenCommand.class).run(invocation.screen(), out, err);
            }
        } catch (Exception e) {
            err.println("claimscreen: " + (lostDatabase(e) ? lostDatabaseMessage(e, invocation) : RootCause.message(e)));
            status = ExitStatus.FAILED;
        }
        int exit = status;
        ScheduleCommand schedule = invocation.schedule() == null ? null : context.getBean(ScheduleCommand.class);
        int code = SpringApplication.exit(context, () -> exit);
        if (schedule != null) {
            schedule.closed();
        }
        return code;
    }

    /** Start-up fails mostly for want of a database: say which one (without credentials). */
    private static String startFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof java.net.ConnectException) {
                String url = System.getProperty("CLAIMSCREEN_DB_URL", System.getenv("CLAIMSCREEN_DB_URL"));
                String where = url == null ? "the embedded database under ./var/db" : url.replaceAll("[?;].*$", "");
                return "cannot open " + where + ": " + RootCause.message(e);
            }
        }
        return RootCause.message(e);
    }

    /** The database went away under a command (connection refused, dropped, timed out). */
    static boolean lostDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof java.net.SocketException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static String lostDatabaseMessage(Throwable e, CommandLine.Invocation invocation) {
        boolean running = invocation.screen() != null || invocation.runs() != null
                && List.of("restart", "rerun").contains(invocation.runs().command());
        return "lost the database: " + RootCause.message(e) + (running
                ? " (the run stopped where it was: claimscreen restart --last resumes it once the database is back)" : "");
    }

}

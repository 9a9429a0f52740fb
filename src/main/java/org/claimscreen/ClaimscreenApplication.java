package org.claimscreen;

import java.io.PrintStream;
import org.claimscreen.cli.ClaimscreenCli;
import org.claimscreen.cli.ContextCommand;
import org.claimscreen.cli.DatabaseUrl;
import org.claimscreen.cli.ExitStatus;
import org.claimscreen.run.RootCause;
import org.claimscreen.run.measure.Measurements;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line. Usage errors, help, the version, {@code rules} and {@code completion} are
 * answered before Spring starts ({@link ClaimscreenCli}), so they are quick and need no database;
 * a command that runs is checked there first, then starts the application context here, does its
 * work and ends with an exit status schedulers can act on.
 */
@SpringBootApplication
public class ClaimscreenApplication {

    public static void main(String[] args) {
        Measurements.printAtExitWhenAsked();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit status (0 done, 1 failed, 2 usage, 3 nothing to do). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return ClaimscreenCli.execute(args, out, err, command -> inContext(command, err));
    }

    /** Starts the application context for a command that needs it, runs the command, closes the context. */
    private static int inContext(ContextCommand command, PrintStream err) {
        ConfigurableApplicationContext context;
        try {
            SpringApplication application = new SpringApplication(ClaimscreenApplication.class);
            // schedule closes the context itself on SIGTERM, once its runs stopped (ScheduleCommand)
            application.setRegisterShutdownHook(command.registersShutdownHook());
            application.setDefaultProperties(command.defaultProperties());
            context = application.run();
        } catch (RuntimeException e) {
            err.println("claimscreen: cannot start: " + startFailure(e));
            return ExitStatus.FAILED;
        }
        int status;
        try {
            status = command.run(context);
        } catch (Exception e) {
            err.println("claimscreen: " + (lostDatabase(e) ? lostDatabaseMessage(e, command) : RootCause.message(e)));
            status = ExitStatus.FAILED;
        }
        int exit = status;
        int code = SpringApplication.exit(context, () -> exit);
        command.contextClosed();
        return code;
    }

    /** Start-up fails mostly for want of a database: say which one (without credentials). */
    private static String startFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException || cause instanceof java.net.ConnectException) {
                return "cannot open " + DatabaseUrl.where() + ": " + RootCause.message(e);
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

    private static String lostDatabaseMessage(Throwable e, ContextCommand command) {
        return "lost the database: " + RootCause.message(e) + (command.screens()
                ? " (the run stopped where it was: claimscreen restart --last resumes it once the database is back)" : "");
    }

}

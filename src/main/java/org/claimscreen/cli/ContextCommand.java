package org.claimscreen.cli;

import org.springframework.context.ApplicationContext;

/**
 * A command that needs the application context (the database, the batch job): its arguments were
 * parsed and checked without it, and {@link Launcher} starts Spring only to run it. Help, version,
 * {@code rules}, {@code completion} and usage errors never get here.
 */
public interface ContextCommand {

    /** Does the command's work in the started context; returns its exit status ({@link ExitStatus}). */
    int run(ApplicationContext context) throws Exception;

    /**
     * Whether the command screens (screen, restart, rerun), so that a database lost under it left a
     * run that {@code restart --last} resumes.
     */
    default boolean screens() {
        return false;
    }

    /** False for a command that closes the context itself when the process is asked to end (schedule). */
    default boolean registersShutdownHook() {
        return true;
    }

    /**
     * Settings this command defaults to, below everything a user sets (system properties, the
     * environment, application.yaml's own keys).
     */
    default java.util.Map<String, Object> defaultProperties() {
        return java.util.Map.of();
    }

    /** Called once the context is closed after {@link #run}. */
    default void contextClosed() {
    }

    /** Starts the application context, runs a command in it, closes it; returns the exit status. */
    @FunctionalInterface
    interface Launcher {
        int launch(ContextCommand command);
    }
}

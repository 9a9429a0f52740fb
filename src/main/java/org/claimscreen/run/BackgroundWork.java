package org.claimscreen.run;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work a step runs on a thread of its own beside its main work, so that both cores are used. The
 * step must end it either way before it returns: {@link #await} when its own work succeeded
 * (rethrows what made the background work fail, as it was thrown), {@link #cancel} when it failed
 * (asks the work to stop and waits until it has cleaned up, so no half-written file outlives the
 * step). The work sees the request through {@link Body#run}'s argument, at the points it checks it.
 */
final class BackgroundWork {

    /** The background work; {@code stop.check()} throws once the step has given up on it. */
    @FunctionalInterface
    interface Body {
        void run(Stop stop) throws Exception;
    }

    /** Asked by the work, e.g. once per record: throws {@link CancellationException} after {@link #cancel}. */
    interface Stop {
        void check();
    }

    private final FutureTask<Void> task;
    private volatile boolean cancelled;

    private BackgroundWork(Body body) {
        Stop stop = () -> {
            if (cancelled) {
                throw new CancellationException("stopped: the step failed");
            }
        };
        task = new FutureTask<>(() -> {
            body.run(stop);
            return null;
        });
    }

    /** Starts {@code body} on a new daemon thread named {@code name}. */
    static BackgroundWork start(String name, Body body) {
        BackgroundWork work = new BackgroundWork(body);
        Thread thread = new Thread(work.task, name);
        thread.setDaemon(true);
        thread.start();
        return work;
    }

    /** Whether the work has ended, well or not. */
    boolean done() {
        return task.isDone();
    }

    /** Waits for the work to end; rethrows what made it fail. */
    void await() throws Exception {
        try {
            task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }

    /** Asks the work to stop and waits until it has; how it ended no longer matters. */
    void cancel() {
        cancelled = true;
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // keep waiting: its temp files must be gone before the step fails
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.claimscreen.cli;

/** Exit statuses that schedulers act on (jobs.md, outputs.md). */
public final class ExitStatus {

    /** The run completed, with findings or not. */
    public static final int DONE = 0;
    /** The run failed; it can be restarted. */
    public static final int FAILED = 1;
    /** The command was used wrongly (unknown option, missing file). */
    public static final int USAGE = 2;
    /** Nothing to do, e.g. every input was already screened. */
    public static final int NOTHING_TO_DO = 3;

    private ExitStatus() {
    }
}

package org.claimscreen.run;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far the running step is, said in one line: done of total in the step's unit (bytes routed,
 * claims screened, report rows written), its parts (partitions, files), the rate since this
 * process began the step and the time left at that rate. Work a restart found already done (the
 * partitions an earlier attempt recorded) counts as done but not towards the rate.
 *
 * <p>Pure: the clock is handed in, nothing is printed here ({@link RunProgress} prints). Numbers
 * only, never claim data. Thread-safe: partitions report from their own threads.
 */
final class StepProgress {

    /** What a step counts. */
    enum Unit {
        BYTES, CLAIMS, ROWS;

        String amount(long n) {
            return this == BYTES ? String.format(Locale.ROOT, "%.1f MB", n / 1e6)
                    : String.format(Locale.ROOT, "%,d %s", n, name().toLowerCase(Locale.ROOT));
        }

        String of(long done, long total) {
            return this == BYTES ? String.format(Locale.ROOT, "%.1f of %.1f MB", done / 1e6, total / 1e6)
                    : String.format(Locale.ROOT, "%,d of %,d %s", done, total, name().toLowerCase(Locale.ROOT));
        }

        String rate(double perSecond) {
            return this == BYTES ? String.format(Locale.ROOT, "%.1f MB/s", perSecond / 1e6)
                    : String.format(Locale.ROOT, "%,.0f %s/s", perSecond, name().toLowerCase(Locale.ROOT));
        }
    }

    private final LongSupplier nanos;

    private String step = "starting";
    private Unit unit = Unit.ROWS;
    private long total;
    private long done;
    private long doneBefore;
    private long startedNanos;
    private String partsName;
    private long partsDone;
    private long partsTotal;
    private String note;

    /** @param nanos a monotonic clock in nanoseconds ({@code System::nanoTime}; a test's own) */
    StepProgress(LongSupplier nanos) {
        this.nanos = nanos;
        this.startedNanos = nanos.getAsLong();
    }

    /** A step that counts nothing begins: the line names it only. */
    synchronized void begin(String step) {
        begin(step, null, 0, 0);
    }

    /**
     * A step begins (in this process): {@code doneBefore} of {@code total} (0: not known) were done
     * by an earlier attempt; the rate and the time left count from here.
     */
    synchronized void begin(String step, Unit unit, long doneBefore, long total) {
        this.step = step;
        this.unit = unit;
        this.doneBefore = doneBefore;
        this.done = doneBefore;
        this.total = total;
        this.startedNanos = nanos.getAsLong();
        this.partsName = null;
        this.partsDone = 0;
        this.partsTotal = 0;
        this.note = null;
    }

    /** The step's parts, e.g. partitions 3 of 8 (those done before this attempt included). */
    synchronized void parts(String name, long done, long total) {
        this.partsName = name;
        this.partsDone = done;
        this.partsTotal = total;
    }

    synchronized void partDone() {
        partsDone++;
    }

    synchronized void done(long done) {
        this.done = done;
    }

    synchronized void add(long more) {
        this.done += more;
    }

    /** A few more words after the numbers, e.g. "120,000 lines" (numbers only). */
    synchronized void note(String note) {
        this.note = note;
    }

    synchronized String step() {
        return step;
    }

    /** Done of total, 0..1; negative while the total is not known. */
    synchronized double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    /** Units a second since this attempt began the step (0 until a first unit and 1 ms have passed). */
    synchronized double ratePerSecond() {
        double seconds = (nanos.getAsLong() - startedNanos) / 1e9;
        long progressed = done - doneBefore;
        return seconds < 1e-3 || progressed <= 0 ? 0 : progressed / seconds;
    }

    /** Seconds left at the rate so far; -1 when not known (no total, or nothing done yet). */
    synchronized long secondsLeft() {
        if (total <= 0) {
            return -1;
        }
        if (done >= total) {
            return 0;
        }
        double rate = ratePerSecond();
        return rate <= 0 ? -1 : (long) Math.ceil((total - done) / rate);
    }

    /**
     * "run 12 screening: 35,800 of 84,000 claims (42%), partitions 3 of 8; 1,250 claims/s, ETA 39 s"
     */
    synchronized String line(long runId) {
        StringBuilder line = new StringBuilder(120);
        line.append("run ").append(runId).append(' ').append(step);
        if (unit == null) {
            return line.toString(); // a step that counts nothing (registering the inputs)
        }
        line.append(": ");
        if (total > 0) {
            line.append(unit.of(Math.min(done, total), total))
                    .append(String.format(Locale.ROOT, " (%d%%)", (int) Math.floor(fraction() * 100)));
        } else {
            line.append(unit.amount(done));
        }
        if (partsName != null) {
            line.append(String.format(Locale.ROOT, ", %s %,d of %,d", partsName, partsDone, partsTotal));
        }
        if (note != null) {
            line.append(", ").append(note);
        }
        line.append("; ").append(unit.rate(ratePerSecond()));
        long left = secondsLeft();
        if (total > 0) {
            line.append(", ETA ").append(left < 0 ? "unknown" : duration(left));
        }
        return line.toString();
    }

    /** The line behind a bar of {@code width} characters: "[#######.............]  35% run 12 ..." */
    synchronized String bar(long runId, int width) {
        double fraction = fraction();
        int filled = fraction < 0 ? 0 : (int) Math.floor(fraction * width);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                + (fraction < 0 ? "  ?%" : String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)))
                + " " + line(runId);
    }

    /** "42 s", "3 min 05 s", "1 h 02 min". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}

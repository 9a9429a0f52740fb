package org.claimscreen.report.split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Splits one input file by claim into {@code clean/} and {@code held/} (outputs.md), in the input's
 * own format, so the clean file can go straight to submission and the held one to whoever works
 * it. One implementation per input format ({@link InputSplitters#forFormat}): CSV, and FHIR as
 * NDJSON (the original resources, one per line).
 *
 * <p>Records the {@link Verdicts} give no verdict (claims rejected, not screened, or past the point
 * where a broken file stopped being readable) go to neither file. Implementations stream the input
 * and ask the verdicts record by record in file order: memory holds neither the file's rows nor,
 * with the run's stored verdicts ({@code ReportQueries.verdicts}), one entry per claim.
 */
public interface InputSplitter {

    /** What went where. */
    record Split(long cleanRecords, long heldRecords, long otherRecords) {
    }

    /** Writes {@code cleanTarget} and {@code heldTarget}, each atomically. */
    Split split(Path input, Verdicts verdicts, Path cleanTarget, Path heldTarget) throws IOException;

    /**
     * As {@link #split(Path, Verdicts, Path, Path)} with every verdict in memory.
     *
     * @param statuses claim id (as stored) to {@code CLEAN} or {@code HELD}
     */
    default Split split(Path input, Map<String, String> statuses, Path cleanTarget, Path heldTarget)
            throws IOException {
        return split(input, Verdicts.byClaimId(statuses), cleanTarget, heldTarget);
    }
}

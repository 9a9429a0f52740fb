package org.claimscreen.output.split;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.Sha256;

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
     * As {@link #split(Path, Verdicts, Path, Path)}, but only if the input still has the content
     * that was screened: splitting other content would send unscreened claims to clean/. When its
     * sha256 is not {@code sha256}, neither target is written or changed and
     * {@link ChangedInputException} is thrown. This default hashes the file first; a splitter
     * that reads the whole file anyway may hash it as it splits instead.
     */
    default Split split(Path input, String sha256, Verdicts verdicts, Path cleanTarget, Path heldTarget)
            throws IOException {
        if (!Sha256.of(input).equals(sha256)) {
            throw new ChangedInputException(input);
        }
        return split(input, verdicts, cleanTarget, heldTarget);
    }

    /** The input's content is not what was screened (another sha256): nothing was split. */
    final class ChangedInputException extends IOException {

        private static final long serialVersionUID = 1L;

        public ChangedInputException(Path input) {
            super(input.getFileName() + " changed since it was screened");
        }
    }

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
